using System.Net.Http.Json;

namespace SwarmNet.Benchmarks.Contention;

/// <summary>What runs during a phase: other users writing, legitimate sign-ins, and the flood.</summary>
internal static class Workloads
{
    /// <summary>Each writer registers an organisation, pauses <paramref name="pause"/>, and again until stopped.</summary>
    public static Task WriteAsync(IReadOnlyList<HttpClient> writers, TimeSpan pause, Latencies into, CancellationToken stop) =>
        Task.WhenAll(writers.Select((client, w) => Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var name = $"Structure {w}-{i}-{Guid.NewGuid():N}";
                await Clients.TimeAsync(into, () => client.PostAsJsonAsync("/api/network/organizations",
                    new { name, kind = "localStructure", legalForm = "other" }, CancellationToken.None));
                await Task.Delay(pause, CancellationToken.None);
            }
        })));

    /// <summary>A legitimate user signs in every <paramref name="every"/>, each time from an address of their own.</summary>
    public static async Task SignInAsync(Clients clients, string email, TimeSpan every, Latencies into, CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            using var client = clients.Anonymous($"192.0.2.{i % 250 + 1}");
            await Clients.TimeAsync(into, () => client.PostAsJsonAsync("/api/auth/sign-in", new { email, password = Clients.Password }, CancellationToken.None));
            await Task.Delay(every, CancellationToken.None);
        }
    }

    /// <summary>
    /// <paramref name="flooders"/> clients send wrong passwords back to back until stopped. Each speaks for
    /// <paramref name="addressOf"/>(client) (null: all share the loopback address) and aims at
    /// <paramref name="accountOf"/>(client, attempt).
    /// </summary>
    public static Task FloodAsync(Clients clients, int flooders, Func<int, string?> addressOf, Func<int, int, string> accountOf, Latencies into,
        CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, flooders).Select(f => Task.Run(async () =>
        {
            using var client = clients.Anonymous(addressOf(f));
            for (var i = 0; !stop.IsCancellationRequested; i++)
                await Clients.TimeAsync(into, () => client.PostAsJsonAsync("/api/auth/sign-in",
                    new { email = accountOf(f, i), password = $"essai {f}-{i}" }, CancellationToken.None));
        })));
}
