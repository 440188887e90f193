using System.Net;
using System.Text.Json;
using Xunit;

namespace SwarmNet.Host.Tests.AccessSamples;

/// <summary>
/// Another organisation's world, built through the API by each module's sampler: the resources an outsider must
/// never reach or read. A sampler names the route and query parameters that address its resources
/// (<see cref="Sample"/>) and anything else of that world an answer must not show (<see cref="Secret"/>).
/// A new module adds one sampler file and one line to <see cref="Samplers"/>.
/// </summary>
internal sealed class AccessWorld(SwarmNetFactory factory)
{
    /// <summary>In order: later samplers build on what earlier ones made (organisations, networks, signed-in clients).</summary>
    private static readonly Func<AccessWorld, Task>[] Samplers =
        [NetworkSamples.AddAsync, LicenceSamples.AddAsync, AffiliationSamples.AddAsync, RoyaltySamples.AddAsync, ObligationSamples.AddAsync,
         PartnershipSamples.AddAsync];

    private readonly Dictionary<string, string> _parameters = [];
    private readonly HashSet<string> _secrets = new(StringComparer.Ordinal);

    public SwarmNetFactory Factory => factory;

    /// <summary>The other local structure, its network head and their admins' clients (set by <see cref="NetworkSamples"/>).</summary>
    public Guid Structure { get; set; }

    public Guid Head { get; set; }

    public HttpClient StructureClient { get; set; } = null!;

    public HttpClient HeadClient { get; set; } = null!;

    /// <summary>What no answer to the outsider may contain: every sampled id and the world's names.</summary>
    public IReadOnlyCollection<string> Secrets => _secrets;

    public static async Task<AccessWorld> BuildAsync(SwarmNetFactory factory)
    {
        var world = new AccessWorld(factory);
        foreach (var sampler in Samplers)
            await sampler(world);
        return world;
    }

    /// <summary>
    /// A route or query parameter resolved to this resource: keyed by its name, or by "segment/{name}" when the name
    /// alone says too little (<c>organizations/{id}</c>).
    /// </summary>
    public Guid Sample(string parameter, Guid id)
    {
        _parameters.Add(parameter, id.ToString());
        _secrets.Add(id.ToString());
        return id;
    }

    /// <summary>A route parameter that is not an id (a contribution's code) but names a resource of that world all the same.</summary>
    public void Sample(string parameter, string value) => _parameters.Add(parameter, value);

    /// <summary>The id sampled for that parameter, for a later sampler that builds on it.</summary>
    public Guid Id(string parameter) => Guid.Parse(_parameters[parameter]);

    public void Secret(params string[] values) => _secrets.UnionWith(values);

    public string? ValueOf(string? previousSegment, string parameter) =>
        _parameters.GetValueOrDefault($"{previousSegment}/{{{parameter}}}") ?? _parameters.GetValueOrDefault(parameter);

    /// <summary>The id in a 201 answer; fails the set-up with the answer when the creation was refused.</summary>
    public static async Task<Guid> IdOf(Task<HttpResponseMessage> sending)
    {
        var response = await sending;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }
}
