using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using SwarmNet.Modules.Obligations.Preview;
using Xunit;

namespace SwarmNet.Modules.Obligations.Tests;

/// <summary>The spec's preview example through the CLI verb and the endpoint's handler; invalid input through both.</summary>
public sealed class PreviewTests
{
    internal const string SpecInput = """
        {
          "effectiveDate": "2026-03-15",
          "endDate": "2029-03-14",
          "royaltyTerms": { "periodicity": "quarterly", "royaltyYear": "calendar", "vatRate": 0.2 },
          "obligations": [ { "code": "DECL-CA", "title": "Déclaration du chiffre d'affaires", "category": "reporting", "actor": "grantee",
                             "evidence": "declaration", "schedule": { "kind": "afterPeriodEnd", "days": 15 },
                             "reminders": [7, 1], "escalateAfterDays": 10 } ],
          "from": "2026-03-15",
          "to": "2027-03-14"
        }
        """;

    /// <summary>The spec's first occurrence, then the three other quarters due before "to".</summary>
    internal static readonly string[] SpecDues = ["2026-04-15", "2026-07-15", "2026-10-15", "2027-01-15"];

    private static async Task<(int Code, string Out, string Err)> Cli(string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await ObligationsModule.RunCliAsync(args, input, output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    private static async Task<(int Status, string Body)> Post(string body)
    {
        using var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        using var response = new MemoryStream();
        context.Response.Body = response;
        await (await PreviewEndpoint.HandleAsync(context.Request, CancellationToken.None)).ExecuteAsync(context);
        return (context.Response.StatusCode, Encoding.UTF8.GetString(response.ToArray()));
    }

    internal static void AssertSpecOutput(string json)
    {
        var occurrences = JsonDocument.Parse(json).RootElement.GetProperty("occurrences").EnumerateArray().ToList();
        Assert.Equal(SpecDues, occurrences.Select(o => o.GetProperty("dueDate").GetString()));
        var first = JsonSerializer.Serialize(occurrences[0]);
        Assert.Equal("""{"code":"DECL-CA","dueDate":"2026-04-15","periodStart":"2026-03-15","periodEnd":"2026-03-31","reminderDates":["2026-04-08","2026-04-14"],"escalationDate":"2026-04-25"}""",
            JsonSerializer.Serialize(JsonDocument.Parse(first).RootElement));
        Assert.Equal("2026-12-31", occurrences[3].GetProperty("periodEnd").GetString());
    }

    [Fact]
    public async Task The_cli_previews_the_spec_example_from_stdin_and_from_a_file()
    {
        var (code, stdout, stderr) = await Cli(SpecInput, "preview", "--input", "-");
        Assert.Equal((0, ""), (code, stderr));
        AssertSpecOutput(stdout);
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(path, SpecInput);
            var fromFile = await Cli("", "preview", "--input", path);
            Assert.Equal((0, stdout), (fromFile.Code, fromFile.Out));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task The_endpoint_answers_the_cli_bytes()
    {
        var (status, body) = await Post(SpecInput);
        Assert.Equal(200, status);
        Assert.Equal((await Cli(SpecInput, "preview", "--input", "-")).Out.TrimEnd(), body);
    }

    [Fact]
    public async Task Every_error_comes_at_once_with_exit_2_and_a_400()
    {
        var input = SpecInput.Replace("\"to\": \"2027-03-14\"", "\"to\": \"2037-03-16\"", StringComparison.Ordinal)
            .Replace("\"royaltyTerms\": { \"periodicity\": \"quarterly\", \"royaltyYear\": \"calendar\", \"vatRate\": 0.2 },", "", StringComparison.Ordinal)
            .Replace("\"days\": 15", "\"days\": 15, \"day\": 3", StringComparison.Ordinal);
        string[] expected = ["/obligations/0/schedule/day", "/royaltyTerms", "/to"];
        var (code, stdout, _) = await Cli(input, "preview", "--input", "-");
        Assert.Equal(2, code);
        Assert.Equal(expected, JsonDocument.Parse(stdout).RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()));
        var (status, body) = await Post(input);
        Assert.Equal(400, status);
        Assert.Equal(expected, JsonDocument.Parse(body).RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()));
    }

    [Theory]
    [InlineData("""{"effectiveDate":"2026-01-01","obligations":[{"code":"A","title":"A","category":"audit","actor":"grantee","evidence":"none","schedule":{"kind":"once","date":"2025-12-31"}}],"from":"2026-01-01","to":"2026-12-31"}""", "/obligations/0/schedule/date")]
    [InlineData("""{"effectiveDate":"2026-01-01","obligations":[],"from":"2026-01-01","to":"2025-12-31"}""", "/to")]
    [InlineData("""{"effectiveDate":"2026-01-01","endDate":"2025-01-01","obligations":[],"from":"2026-01-01","to":"2026-12-31"}""", "/endDate")]
    [InlineData("""{"effectiveDate":"2026-01-01","obligations":[],"from":"2026-01-01","to":"2026-12-31","extra":1}""", "/extra")]
    [InlineData("""{"obligations":[],"from":"2026-01-01","to":"2026-12-31"}""", "/effectiveDate")]
    [InlineData("""{"effectiveDate":"2026-01-01","obligations":[{"code":"A","title":"A","category":"audit","actor":"grantee","evidence":"declaration","schedule":{"kind":"afterPeriodEnd","days":1}}],"royaltyTerms":{"periodicity":"weekly","royaltyYear":"calendar"},"from":"2026-01-01","to":"2026-12-31"}""", "/royaltyTerms/periodicity")]
    public async Task Each_rule_names_its_field(string input, string path)
    {
        var (code, stdout, _) = await Cli(input, "preview", "--input", "-");
        Assert.Equal(2, code);
        Assert.Equal(path, Assert.Single(JsonDocument.Parse(stdout).RootElement.GetProperty("errors").EnumerateArray()).GetProperty("path").GetString());
    }

    [Fact]
    public async Task An_empty_list_lists_nothing_and_any_organisation_may_be_the_actor()
    {
        var (code, stdout, _) = await Cli("""{"effectiveDate":"2026-01-01","obligations":[],"from":"2026-01-01","to":"2026-12-31"}""", "preview", "--input", "-");
        Assert.Equal(0, code);
        Assert.Empty(JsonDocument.Parse(stdout).RootElement.GetProperty("occurrences").EnumerateArray());
        var partner = SpecInput.Replace("\"actor\": \"grantee\"", $"\"actor\": \"{Guid.CreateVersion7()}\"", StringComparison.Ordinal);
        Assert.Equal(0, (await Cli(partner, "preview", "--input", "-")).Code);
    }

    [Fact]
    public async Task Usage_problems_exit_2_on_stderr()
    {
        var (code, stdout, stderr) = await Cli("", "preview");
        Assert.Equal((2, ""), (code, stdout));
        Assert.Contains("--input", stderr, StringComparison.Ordinal);
        Assert.Equal(2, (await Cli("", "forecast")).Code);
    }
}
