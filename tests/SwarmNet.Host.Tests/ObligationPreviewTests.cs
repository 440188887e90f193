using System.Net;
using System.Text;
using System.Text.Json;
using SwarmNet.Host.Cli;
using Xunit;

namespace SwarmNet.Host.Tests;

/// <summary>The obligation-terms spec's preview example through the running host and through the CLI verb.</summary>
public sealed class ObligationPreviewTests : IAsyncLifetime
{
    private const string Example = """
        {"effectiveDate":"2026-03-15","endDate":"2029-03-14","royaltyTerms":{"periodicity":"quarterly","royaltyYear":"calendar"},
         "obligations":[{"code":"DECL-CA","title":"Déclaration","category":"reporting","actor":"grantee","evidence":"declaration",
                         "schedule":{"kind":"afterPeriodEnd","days":15},"reminders":[7,1],"escalateAfterDays":10}],
         "from":"2026-03-15","to":"2027-03-14"}
        """;

    private const string FirstOccurrence =
        """{"code":"DECL-CA","dueDate":"2026-04-15","periodStart":"2026-03-15","periodEnd":"2026-03-31","reminderDates":["2026-04-08","2026-04-14"],"escalationDate":"2026-04-25"}""";

    private readonly SwarmNetFactory _factory = new();

    public async Task InitializeAsync() => await _factory.UserAsync("preview@tests.swarmnet.invalid");

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private static string First(string json) =>
        JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement.GetProperty("occurrences")[0]);

    [Fact]
    public async Task The_endpoint_needs_a_signed_in_user_and_previews_the_example()
    {
        using var anonymous = new StringContent(Example, Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.Unauthorized, (await _factory.CreateClient().PostAsync("/api/obligations/previews", anonymous)).StatusCode);

        var client = await _factory.ClientAsync("preview@tests.swarmnet.invalid");
        using var content = new StringContent(Example, Encoding.UTF8, "application/json");
        var response = await client.PostAsync("/api/obligations/previews", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(FirstOccurrence, First(await response.Content.ReadAsStringAsync()));

        using var invalid = new StringContent("""{"obligations":[]}""", Encoding.UTF8, "application/json");
        var problem = await client.PostAsync("/api/obligations/previews", invalid);
        Assert.Equal(HttpStatusCode.BadRequest, problem.StatusCode);
        Assert.Equal(["/effectiveDate", "/from", "/to"], JsonDocument.Parse(await problem.Content.ReadAsStringAsync()).RootElement
            .GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()));
    }

    [Fact]
    public async Task The_cli_verb_prints_only_json_and_exits_2_when_invalid()
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        Assert.Equal(0, await CommandLine.RunAsync(["obligations", "preview", "--input", "-"], stdout, stderr, new StringReader(Example)));
        Assert.Equal((FirstOccurrence, ""), (First(stdout.ToString()), stderr.ToString()));

        var errors = new StringWriter();
        Assert.Equal(2, await CommandLine.RunAsync(["obligations", "preview", "--input", "-"], errors, new StringWriter(), new StringReader("{\"from\": 3}")));
        Assert.Equal("/from", JsonDocument.Parse(errors.ToString()).RootElement.GetProperty("errors")[0].GetProperty("path").GetString());
    }
}
