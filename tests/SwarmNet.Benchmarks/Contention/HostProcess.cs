using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SwarmNet.Benchmarks.Contention;

/// <summary>
/// The real host in a process of its own on 127.0.0.1 (as a deployment runs it, with its own thread pool and GC), on a
/// SQLite file in a temporary folder; 127.0.0.1 is its trusted proxy, so a client may speak for other addresses.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;

    private HostProcess(Process process, Uri address, string connectionString)
    {
        _process = process;
        Address = address;
        ConnectionString = connectionString;
    }

    public Uri Address { get; }

    public string ConnectionString { get; }

    public static async Task<HostProcess> StartAsync(string folder)
    {
        var port = FreePort();
        var connectionString = $"Data Source={Path.Combine(folder, "swarmnet.db")}";
        var start = new ProcessStartInfo("dotnet", [HostAssembly(), "--urls", $"http://127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = folder,
        };
        foreach (var (key, value) in new Dictionary<string, string>
                 {
                     ["ASPNETCORE_ENVIRONMENT"] = "Production", ["ConnectionStrings__SwarmNet"] = connectionString, ["Database__Provider"] = "Sqlite",
                     ["Demo__SeedOnFirstRun"] = "false", ["Http__TrustedProxies"] = "127.0.0.1", ["Logging__LogLevel__Default"] = "Warning",
                     ["Access__KeysFolder"] = Path.Combine(folder, "keys"), ["Mail__Folder"] = Path.Combine(folder, "mail"),
                     ["Documents__Root"] = Path.Combine(folder, "documents"),
                 })
            start.Environment[key] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException("The host did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 }) Console.Error.WriteLine("host: " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new HostProcess(process, new Uri($"http://127.0.0.1:{port}"), connectionString);
        await host.WaitHealthyAsync();
        return host;
    }

    private async Task WaitHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The host stopped with exit code {_process.ExitCode}.");
            try
            {
                if ((await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException) { } // not listening yet
            await Task.Delay(200);
        }
        throw new TimeoutException("The host did not become healthy within a minute.");
    }

    /// <summary>The host built beside this benchmark (same configuration), found from the solution's folder.</summary>
    private static string HostAssembly()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = output.Parent!.Name;
        var root = output;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "SwarmNet.sln")))
            root = root.Parent;
        var dll = Path.Combine(root?.FullName ?? throw new InvalidOperationException("SwarmNet.sln not found above the benchmark."),
            "src", "Host", "SwarmNet.Host", "bin", configuration, output.Name, "SwarmNet.Host.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the host first.", dll);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
