using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SwarmNet.Host.Cli;
using Xunit;

namespace SwarmNet.Host.Tests;

/// <summary>The spec's worked example through the running host and through the CLI verb.</summary>
public sealed class RoyaltySimulationTests : IAsyncLifetime
{
    internal const string WorkedExample = """
        {"terms":{"effectiveDate":"2024-01-01","periodicity":"quarterly","royaltyYear":"calendar","vatRate":0.2,
         "components":[{"type":"tiered","label":"Redevance progressive","account":"royalty","mode":"marginal",
                        "brackets":[{"upTo":10000,"rate":0.05},{"upTo":null,"rate":0.03}]}],
         "annualMinimum":{"amount":2000,"fromYear":1}},
         "declarations":[{"start":"2024-01-01","revenue":{"ca":6000}},{"start":"2024-04-01","revenue":{"ca":6000}},
                         {"start":"2024-07-01","revenue":{"ca":0}},{"start":"2024-10-01","revenue":{"ca":2000}}]}
        """;

    private readonly SwarmNetFactory _factory = new();

    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        await _factory.UserAsync("simulation@tests.swarmnet.invalid");
        _client = await _factory.ClientAsync("simulation@tests.swarmnet.invalid");
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task The_endpoint_needs_a_signed_in_user()
    {
        using var content = new StringContent(WorkedExample, System.Text.Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.Unauthorized, (await _factory.CreateClient().PostAsync("/api/royalties/simulations", content)).StatusCode);
    }

    [Fact]
    public async Task The_endpoint_computes_the_worked_example()
    {
        using var content = new StringContent(WorkedExample, System.Text.Encoding.UTF8, "application/json");
        var response = await _client.PostAsync("/api/royalties/simulations", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"totalInclVat\": 1728.00", text, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(text);
        var q4 = json.RootElement.GetProperty("periods")[3];
        Assert.Equal("minimumTrueUp", q4.GetProperty("lines")[1].GetProperty("kind").GetString());
        Assert.Equal(1380.00m, q4.GetProperty("lines")[1].GetProperty("amount").GetDecimal());
    }

    [Fact]
    public async Task Invalid_terms_are_a_400_problem_with_every_error()
    {
        var response = await _client.PostAsJsonAsync("/api/royalties/simulations",
            new { terms = new { effectiveDate = "2024-01-01", periodicity = "weekly", royaltyYear = "calendar", vatRate = 2, components = Array.Empty<object>() } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var paths = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()).ToList();
        Assert.Equal(["/terms/periodicity", "/terms/vatRate", "/terms/components"], paths);
    }

    [Fact]
    public async Task The_cli_verb_reads_stdin_and_prints_only_json()
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = await CommandLine.RunAsync(["royalties", "simulate", "--input", "-"], stdout, stderr, new StringReader(WorkedExample));

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout.ToString());
        Assert.Equal(2400.00m, json.RootElement.GetProperty("totals").GetProperty("inclVat").GetDecimal());
        Assert.Equal("", stderr.ToString());
    }

    [Fact]
    public async Task The_cli_verb_exits_2_with_the_errors_on_stdout()
    {
        var stdout = new StringWriter();
        var code = await CommandLine.RunAsync(["royalties", "simulate", "--input", "-"], stdout, new StringWriter(), new StringReader("{\"terms\": 3}"));

        Assert.Equal(2, code);
        using var json = JsonDocument.Parse(stdout.ToString());
        Assert.NotEmpty(json.RootElement.GetProperty("errors").EnumerateArray());
    }
}
