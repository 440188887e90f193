using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.Modules.Network.Contracts.Candidacies;
using SwarmNet.Modules.Network.Contracts.Networks;
using SwarmNet.Modules.Network.Contracts.Organizations;
using Xunit;

namespace SwarmNet.Host.Tests;

/// <summary>
/// Every endpoint of the running host, enumerated from its EndpointDataSource: the anonymous get 401 except on the
/// allow-list below, and a signed-in outsider (admin of an unrelated organisation) gets 404 or 403 wherever a route
/// addresses another organisation's resource. An endpoint added later is checked by itself; one with a route
/// parameter this test cannot resolve fails until a sample is added to <see cref="Samples"/>.
/// </summary>
public sealed partial class EndpointAccessTests : IAsyncLifetime
{
    /// <summary>What may be called without signing in, and why. Any other endpoint must answer 401 to the anonymous.</summary>
    private static readonly Dictionary<string, string> AnonymousAllowList = new()
    {
        ["GET /health"] = "load balancers and monitoring probe it",
        ["POST /api/auth/sign-in"] = "how one signs in",
        ["POST /api/auth/invitations/accept"] = "the invitee may have no account yet; the e-mailed token is the credential",
        ["GET /api-docs/favicon.svg"] = "Scalar's static asset, no data (the reference page itself needs a platform admin)",
        ["GET /api-docs/scalar.js"] = "Scalar's static asset, no data",
        ["GET /api-docs/scalar.aspnetcore.js"] = "Scalar's static asset, no data",
    };

    /// <summary>
    /// Route parameters, resolved to a resource of the other organisation (or of another user). Keyed by
    /// "segment/{name}" where the name alone says too little (id), otherwise by name.
    /// </summary>
    private static readonly Dictionary<string, Func<World, string>> Samples = new()
    {
        ["organizationId"] = w => w.OtherOrganization.ToString(),
        ["organizations/{id}"] = w => w.OtherOrganization.ToString(),
        ["userId"] = w => w.OtherAdmin.ToString(),
        ["invitationId"] = w => w.OtherInvitation.ToString(),
        ["tokenId"] = w => w.OtherToken.ToString(),
        ["networkId"] = w => w.OtherNetwork.ToString(),
        ["candidacyId"] = w => w.OtherCandidacy.ToString(),
        ["itemId"] = w => w.OtherChecklistItem.ToString(),
        ["licenceId"] = w => w.OtherLicence.ToString(),
        ["templateId"] = w => w.OtherTemplate.ToString(),
        ["brandUseId"] = w => w.OtherBrandUse.ToString(),
        ["documentId"] = w => w.OtherDocument.ToString(),
    };

    /// <summary>Parameters that address no organisation's resource: the endpoint is checked for its policy only.</summary>
    private static readonly Dictionary<string, string> NeutralParameters = new() { ["documentName"] = "v1" };

    /// <summary>
    /// Endpoints whose owner still has to filter by the actor. The test fails as soon as one hides the other
    /// organisation, so that this list only shrinks.
    /// </summary>
    private static readonly Dictionary<string, string> OwnerChecksPending = [];

    private const int MinimumEndpoints = 20;
    private const int MinimumOutsiderChecks = 30;

    private readonly SwarmNetFactory _factory = new();
    private World _world = null!;

    public async Task InitializeAsync()
    {
        var home = await _factory.OrganizationAsync("Maison");
        var other = await _factory.OrganizationAsync("Autre Structure");
        await _factory.UserAsync("dehors@tests.swarmnet.invalid", false, new ActorMembership(home, Roles.StructureAdmin));
        var otherAdmin = await _factory.UserAsync("admin.autre@tests.swarmnet.invalid", false, new ActorMembership(other, Roles.StructureAdmin));
        var otherClient = await _factory.ClientAsync("admin.autre@tests.swarmnet.invalid");
        var invitation = await (await otherClient.PostAsJsonAsync($"/api/network/organizations/{other}/invitations",
            new { email = "invitee@tests.swarmnet.invalid", role = Roles.StructureMember })).Content.ReadFromJsonAsync<JsonElement>();
        var token = await (await otherClient.PostAsJsonAsync("/api/auth/tokens", new { name = "autre" })).Content.ReadFromJsonAsync<JsonElement>();
        var otherHead = await _factory.OrganizationAsync("Autre Tête", OrganizationKind.NetworkHead);
        var network = await _factory.SendAsSystemAsync(new CreateNetwork(otherHead, "Autre Réseau", ["Autre Marque"], null, null, null));
        var candidacy = await _factory.SendAsSystemAsync(new OpenCandidacy(network.Id, other, "Modèle", "Territoire"));
        var (licence, template, brandUse, document) = await LicenceSamplesAsync(otherHead, other, otherClient);
        _world = new World(other, otherAdmin, invitation.GetProperty("id").GetGuid(), token.GetProperty("id").GetGuid(),
            network.Id, candidacy.Id, candidacy.Checklist[0].Id, licence, template, brandUse, document);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    /// <summary>An active licence of the other organisation, with a brand use, a document, and a template of its network head.</summary>
    private async Task<(Guid Licence, Guid Template, Guid BrandUse, Guid Document)> LicenceSamplesAsync(Guid head, Guid licensee, HttpClient licenseeClient)
    {
        await _factory.UserAsync("tete.autre@tests.swarmnet.invalid", false, new ActorMembership(head, Roles.NetworkAdmin));
        var headClient = await _factory.ClientAsync("tete.autre@tests.swarmnet.invalid");
        var licence = await IdOf(headClient.PostAsJsonAsync("/api/licences", new
        {
            grantorOrganizationId = head, licenseeOrganizationId = licensee,
            content = LicenceEndpointTests.Content("2026-11-01", LicenceEndpointTests.Royalties),
        }));
        (await headClient.PostAsJsonAsync($"/api/licences/{licence}/signature", new { version = 1 })).EnsureSuccessStatusCode();
        var brandUse = await IdOf(licenseeClient.PostAsJsonAsync($"/api/licences/{licence}/brand-uses", new { kind = "flyer", description = "Flyer" }));
        using var pdf = new ByteArrayContent("%PDF-1.7 signée"u8.ToArray());
        pdf.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        var document = await IdOf(headClient.PostAsync($"/api/licences/{licence}/documents?fileName=licence.pdf", pdf));
        var template = await IdOf(headClient.PostAsJsonAsync("/api/licences/templates", new
        {
            grantorOrganizationId = head, name = "Modèle", royaltyTerms = LicenceEndpointTests.Royalties,
            brand = new { name = "Autre Marque", niceClasses = new[] { 39 }, activities = new[] { "Livraison" } },
            exitTerms = new { noticeDays = 90, terminationGrounds = new[] { "Non-paiement" }, brandUse = "Retrait", stock = "Rachat", data = "Restitution" },
        }));
        return (licence, template, brandUse, document);
    }

    private static async Task<Guid> IdOf(Task<HttpResponseMessage> sending)
    {
        var response = await sending;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task Every_endpoint_requires_sign_in_and_hides_other_organisations()
    {
        var endpoints = _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => Methods(e).Select(m => (Key: $"{m} {Raw(e)}", Method: m, Endpoint: e))).ToList();
        Assert.True(endpoints.Count >= MinimumEndpoints, $"only {endpoints.Count} endpoints found: {string.Join(", ", endpoints.Select(e => e.Key))}");

        var failures = new List<string>();
        var open = endpoints.Where(e => e.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null).Select(e => e.Key).ToList();
        failures.AddRange(open.Except(AnonymousAllowList.Keys).Select(k => $"{k} allows anonymous calls but is not on {nameof(AnonymousAllowList)}."));
        failures.AddRange(AnonymousAllowList.Keys.Except(open).Select(k => $"{k} is on {nameof(AnonymousAllowList)} but no such anonymous endpoint exists."));

        var anonymous = _factory.CreateClient();
        var outsider = await _factory.ClientAsync("dehors@tests.swarmnet.invalid");
        var outsiderChecks = 0;
        foreach (var (key, method, endpoint) in endpoints)
        {
            var (path, addressesResource, unknown) = Resolve(endpoint.RoutePattern);
            failures.AddRange(unknown.Select(p => $"{key}: route parameter '{p}' has no sample; add one to {nameof(Samples)} (a resource of another organisation)."));
            if (unknown.Count > 0)
                continue;

            if (AnonymousAllowList.ContainsKey(key))
                continue;
            var response = await anonymous.SendAsync(Request(method, path));
            if (response.StatusCode != HttpStatusCode.Unauthorized || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                failures.Add($"{key}: the anonymous got {(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType}, expected a 401 problem.");

            var adminOnly = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == "PlatformAdmin");
            if (!addressesResource && !adminOnly)
                continue;
            outsiderChecks++;
            var answer = await outsider.SendAsync(Request(method, path));
            var body = TraceId().Replace(await answer.Content.ReadAsStringAsync(), "");
            var hidden = answer.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden
                         && !new[] { "admin.autre@", "Autre Structure", "Autre Tête", "Autre Réseau", "Autre Marque" }.Any(secret => body.Contains(secret, StringComparison.Ordinal));
            if (OwnerChecksPending.ContainsKey(key))
            {
                if (hidden)
                    failures.Add($"{key} now hides other organisations: remove it from {nameof(OwnerChecksPending)}.");
            }
            else if (!hidden)
                failures.Add($"{key}: an outsider got {(int)answer.StatusCode}, expected 404 or 403 without data: {body[..Math.Min(body.Length, 200)]}");
            else if (answer.StatusCode == HttpStatusCode.NotFound && await NotFoundOfRandomIdsAsync(outsider, method, path) is var random && random != body)
                failures.Add($"{key}: the 404 of another organisation's resource differs from a random id's, so it tells the resource exists: {body} vs {random}");
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(outsiderChecks >= MinimumOutsiderChecks, $"only {outsiderChecks} endpoints were checked against an outsider");
        Assert.All(OwnerChecksPending.Keys, k => Assert.Contains(k, endpoints.Select(e => e.Key)));
    }

    private (string Path, bool AddressesResource, List<string> Unknown) Resolve(RoutePattern pattern)
    {
        var segments = new List<string>();
        var unknown = new List<string>();
        var addressesResource = false;
        string? previous = null;
        foreach (var segment in pattern.PathSegments)
        {
            var text = "";
            foreach (var part in segment.Parts)
            {
                switch (part)
                {
                    case RoutePatternLiteralPart literal:
                        text += literal.Content;
                        break;
                    case RoutePatternSeparatorPart separator:
                        text += separator.Content;
                        break;
                    case RoutePatternParameterPart parameter when Samples.TryGetValue($"{previous}/{{{parameter.Name}}}", out var sample)
                                                                || Samples.TryGetValue(parameter.Name, out sample):
                        text += sample(_world);
                        addressesResource = true;
                        break;
                    case RoutePatternParameterPart parameter when NeutralParameters.TryGetValue(parameter.Name, out var value):
                        text += value;
                        break;
                    case RoutePatternParameterPart parameter:
                        unknown.Add(parameter.Name);
                        break;
                }
            }
            previous = text;
            segments.Add(text);
        }
        return ("/" + string.Join('/', segments), addressesResource, unknown);
    }

    /// <summary>The same request with every id replaced by one that exists nowhere: its 404 must read exactly the same.</summary>
    private static async Task<string> NotFoundOfRandomIdsAsync(HttpClient client, string method, string path)
    {
        var random = GuidPattern().Replace(path, _ => Guid.NewGuid().ToString());
        var body = await (await client.SendAsync(Request(method, random))).Content.ReadAsStringAsync();
        return TraceId().Replace(body, "");
    }

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex GuidPattern();

    [GeneratedRegex("\"traceId\":\"[^\"]*\"")]
    private static partial Regex TraceId();

    private static HttpRequestMessage Request(string method, string path) => new(new HttpMethod(method), path)
    {
        Content = method is "POST" or "PUT" or "PATCH" ? JsonContent.Create(new { }) : null,
    };

    private static IEnumerable<string> Methods(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];

    private static string Raw(RouteEndpoint endpoint)
    {
        var raw = endpoint.RoutePattern.RawText ?? "";
        return raw.Length > 1 ? raw.TrimEnd('/') : raw;
    }

    private sealed record World(
        Guid OtherOrganization, Guid OtherAdmin, Guid OtherInvitation, Guid OtherToken, Guid OtherNetwork, Guid OtherCandidacy, Guid OtherChecklistItem,
        Guid OtherLicence, Guid OtherTemplate, Guid OtherBrandUse, Guid OtherDocument);
}
