using System.Collections.Concurrent;
using System.Globalization;

namespace SwarmNet.Benchmarks.Contention;

/// <summary>Durations of one kind of request and the status codes they got, safe to add to from many tasks.</summary>
internal sealed class Latencies
{
    private readonly ConcurrentBag<double> _milliseconds = [];
    private readonly ConcurrentDictionary<int, int> _statuses = new();

    public void Add(TimeSpan elapsed, int status)
    {
        _milliseconds.Add(elapsed.TotalMilliseconds);
        _statuses.AddOrUpdate(status, 1, (_, count) => count + 1);
    }

    public int Count => _milliseconds.Count;

    public int ServerErrors => _statuses.Where(s => s.Key >= 500 || s.Key == 0).Sum(s => s.Value);

    /// <summary>Nearest-rank percentile, in milliseconds.</summary>
    public double Percentile(double p)
    {
        var sorted = _milliseconds.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    /// <summary>"n=…, p50 …, p99 …, max …; 201×n …" (0 stands for a request that got no answer).</summary>
    public string Summary() => string.Create(CultureInfo.InvariantCulture,
        $"n={Count}, p50 {Percentile(50):0.0} ms, p99 {Percentile(99):0.0} ms, max {Percentile(100):0.0} ms; statuses {Statuses()}");

    private string Statuses() => string.Join(" ", _statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"));
}
