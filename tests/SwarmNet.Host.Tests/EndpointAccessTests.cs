using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.Host.Tests.AccessSamples;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Host.Tests;

/// <summary>
/// Every endpoint of the running host, enumerated from its EndpointDataSource: the anonymous get 401 except on the
/// allow-list below, and a signed-in outsider (admin of an unrelated organisation) is sent to every one of them — lists
/// included — with each route parameter and each query parameter naming an id filled from <see cref="AccessWorld"/>,
/// another organisation's world. Where the route addresses that world the outsider gets 404 or 403; everywhere the
/// answer shows nothing of it (none of its ids or names). An endpoint added later is checked by itself; one with a
/// route parameter, or a query parameter naming an id, that has no sample fails until its module's sampler adds one.
/// </summary>
public sealed partial class EndpointAccessTests : IAsyncLifetime
{
    /// <summary>What may be called without signing in, and why. Any other endpoint must answer 401 to the anonymous.</summary>
    private static readonly Dictionary<string, string> AnonymousAllowList = new()
    {
        ["GET /health"] = "load balancers and monitoring probe it",
        ["POST /api/auth/sign-in"] = "how one signs in",
        ["POST /api/auth/invitations/accept"] = "the invitee may have no account yet; the e-mailed token is the credential",
        ["POST /api/auth/password-reset"] = "one who forgot their password is not signed in; the answer is the same for any e-mail",
        ["POST /api/auth/password-reset/confirm"] = "the e-mailed token is the credential",
        ["POST /culture"] = "the language is chosen on the sign-in page too (a cookie, no data)",
        ["GET /api/obligations/calendar/{secret}.ics"] = "calendar apps poll it without signing in; the secret, revocable address is the credential",
        ["GET /api-docs/favicon.svg"] = "Scalar's static asset, no data (the reference page itself needs a platform admin)",
        ["GET /api-docs/scalar.js"] = "Scalar's static asset, no data",
        ["GET /api-docs/scalar.aspnetcore.js"] = "Scalar's static asset, no data",
    };

    /// <summary>Parameters that address no organisation's resource: the endpoint is checked for its policy only.</summary>
    private static readonly Dictionary<string, string> NeutralParameters = new() { ["documentName"] = "v1", ["secret"] = "ics_unknown", ["number"] = "1", ["item"] = "brandUse" };

    /// <summary>
    /// Endpoints whose owner still has to filter by the actor. The test fails as soon as one hides the other
    /// organisation, so that this list only shrinks.
    /// </summary>
    private static readonly Dictionary<string, string> OwnerChecksPending = [];

    private const string OutsiderEmail = "dehors@tests.swarmnet.invalid";
    private const int MinimumEndpoints = 20;
    private const int MinimumOutsiderChecks = 40;
    private const int MinimumQueryScoped = 2;

    private readonly SwarmNetFactory _factory = new();
    private AccessWorld _world = null!;

    public async Task InitializeAsync()
    {
        var home = await _factory.OrganizationAsync("Maison");
        await _factory.UserAsync(OutsiderEmail, false, new ActorMembership(home, Roles.StructureAdmin));
        _world = await AccessWorld.BuildAsync(_factory);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Every_endpoint_requires_sign_in_and_shows_an_outsider_nothing_of_other_organisations()
    {
        // Pages are walked by PageAccessTests: they answer the anonymous with the sign-in page, not a 401.
        var endpoints = _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ComponentTypeMetadata>() is null)
            .SelectMany(e => Methods(e).Select(m => (Key: $"{m} {Raw(e)}", Method: m, Endpoint: e))).ToList();
        Assert.True(endpoints.Count >= MinimumEndpoints, $"only {endpoints.Count} endpoints found: {string.Join(", ", endpoints.Select(e => e.Key))}");
        var queries = QueryParameters();

        var failures = new List<string>();
        var open = endpoints.Where(e => e.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null).Select(e => e.Key).ToList();
        failures.AddRange(open.Except(AnonymousAllowList.Keys).Select(k => $"{k} allows anonymous calls but is not on {nameof(AnonymousAllowList)}."));
        failures.AddRange(AnonymousAllowList.Keys.Except(open).Select(k => $"{k} is on {nameof(AnonymousAllowList)} but no such anonymous endpoint exists."));

        var anonymous = _factory.CreateClient();
        var outsider = await OutsiderByTokenAsync();
        var (outsiderChecks, queryScoped) = (0, 0);
        foreach (var (key, method, endpoint) in endpoints)
        {
            var (path, addressesResource, unknown) = Resolve(endpoint.RoutePattern);
            failures.AddRange(unknown.Select(p => $"{key}: route parameter '{p}' has no sample; add one to its module's sampler in {nameof(AccessSamples)}."));
            if (!queries.TryGetValue(Normalized(method, endpoint), out var query) && path.StartsWith("/api/", StringComparison.Ordinal))
                failures.Add($"{key} is missing from the API description, so its query parameters cannot be checked.");
            var (queryString, unknownQuery) = Fill(query ?? []);
            failures.AddRange(unknownQuery.Select(p => $"{key}: query parameter '{p}' names an id but has no sample; add one to its module's sampler in {nameof(AccessSamples)}."));
            if (unknown.Count > 0 || unknownQuery.Count > 0 || AnonymousAllowList.ContainsKey(key))
                continue;

            var response = await anonymous.SendAsync(Request(method, path + queryString));
            if (response.StatusCode != HttpStatusCode.Unauthorized || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                failures.Add($"{key}: the anonymous got {(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType}, expected a 401 problem.");

            outsiderChecks++;
            queryScoped += queryString.Length > 0 ? 1 : 0;
            var adminOnly = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == "PlatformAdmin");
            var answer = await outsider.SendAsync(Request(method, path + queryString));
            var body = TraceId().Replace(await answer.Content.ReadAsStringAsync(), "");
            var shown = _world.Secrets.Where(s => !(path + queryString).Contains(s, StringComparison.Ordinal) && body.Contains(s, StringComparison.Ordinal)).ToList();
            var hidden = shown.Count == 0 && (int)answer.StatusCode < 500
                         && (!(addressesResource || adminOnly) || answer.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden);
            if (OwnerChecksPending.ContainsKey(key))
            {
                if (hidden)
                    failures.Add($"{key} now hides other organisations: remove it from {nameof(OwnerChecksPending)}.");
            }
            else if (!hidden)
                failures.Add($"{key}: an outsider sent to {path}{queryString} got {(int)answer.StatusCode}"
                             + (shown.Count > 0 ? $" showing {string.Join(", ", shown)}" : ", expected 404 or 403") + $": {body[..Math.Min(body.Length, 300)]}");
            else if (answer.StatusCode == HttpStatusCode.NotFound && await NotFoundOfRandomIdsAsync(outsider, method, path + queryString) is var random && random != body)
                failures.Add($"{key}: the 404 of another organisation's resource differs from a random id's, so it tells the resource exists: {body} vs {random}");
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(outsiderChecks >= MinimumOutsiderChecks, $"only {outsiderChecks} endpoints were checked against an outsider");
        Assert.True(queryScoped >= MinimumQueryScoped, $"only {queryScoped} endpoints were called with a query parameter naming an id");
        Assert.All(OwnerChecksPending.Keys, k => Assert.Contains(k, endpoints.Select(e => e.Key)));
    }

    /// <summary>
    /// The outsider calls with a personal token rather than a cookie: being sent to every endpoint includes
    /// sign-out, which would end a cookie session halfway through the walk.
    /// </summary>
    private async Task<HttpClient> OutsiderByTokenAsync()
    {
        var signedIn = await _factory.ClientAsync(OutsiderEmail);
        var token = await (await signedIn.PostAsJsonAsync("/api/auth/tokens", new { name = "visite" })).Content.ReadFromJsonAsync<JsonElement>();
        var outsider = _factory.CreateClient();
        outsider.UseBearer(token.GetProperty("token").GetString()!);
        return outsider;
    }

    /// <summary>Query parameters of each endpoint, from the API description (what OpenAPI publishes), keyed by method and route.</summary>
    private Dictionary<string, List<ApiParameterDescription>> QueryParameters() =>
        _factory.Services.GetRequiredService<IApiDescriptionGroupCollectionProvider>().ApiDescriptionGroups.Items
            .SelectMany(g => g.Items)
            .GroupBy(d => $"{d.HttpMethod} /{RouteConstraint().Replace(d.RelativePath ?? "", "{$1}").Trim('/')}")
            .ToDictionary(g => g.Key, g => g.SelectMany(d => d.ParameterDescriptions).Where(p => p.Source == BindingSource.Query).ToList());

    private static string Normalized(string method, RouteEndpoint endpoint) =>
        $"{method} /{RouteConstraint().Replace(endpoint.RoutePattern.RawText ?? "", "{$1}").Trim('/')}";

    /// <summary>Query parameters naming an id get the other organisation's sample; the others (paging, filters) are left out.</summary>
    private (string QueryString, List<string> Unknown) Fill(IEnumerable<ApiParameterDescription> parameters)
    {
        var (pairs, unknown) = (new List<string>(), new List<string>());
        foreach (var parameter in parameters.Where(NamesAnId))
        {
            if (_world.ValueOf(null, parameter.Name) is { } value)
                pairs.Add($"{Uri.EscapeDataString(parameter.Name)}={Uri.EscapeDataString(value)}");
            else
                unknown.Add(parameter.Name);
        }
        return (pairs.Count == 0 ? "" : "?" + string.Join('&', pairs), unknown);
    }

    private static bool NamesAnId(ApiParameterDescription parameter) =>
        (Nullable.GetUnderlyingType(parameter.Type ?? typeof(object)) ?? parameter.Type) == typeof(Guid)
        || parameter.Name.EndsWith("Id", StringComparison.Ordinal) || parameter.Name.EndsWith("Ids", StringComparison.Ordinal);

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
                    case RoutePatternParameterPart parameter when _world.ValueOf(previous, parameter.Name) is { } sample:
                        text += sample;
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

    [GeneratedRegex(@"\{\*{0,2}(\w+)(?::[^}]*)?\??\}")]
    private static partial Regex RouteConstraint();
}
