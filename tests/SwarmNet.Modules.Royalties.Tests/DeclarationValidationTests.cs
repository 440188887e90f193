using SwarmNet.Modules.Royalties.Contracts.Simulation;
using Xunit;
using static SwarmNet.Modules.Royalties.Tests.Build;

namespace SwarmNet.Modules.Royalties.Tests;

/// <summary>Spec section 5 for declarations and until.</summary>
public sealed class DeclarationValidationTests
{
    private static readonly Contracts.Terms.RoyaltyTerms Monthly = Terms("2024-03-15", "monthly", "contract", "2025-03-14", Percentage(0.05m));

    private static string[] Paths(RoyaltySimulationRequest request) => [.. Simulate.Errors(request).Select(e => e.Path)];

    [Fact]
    public void A_second_declaration_of_a_period_names_the_later_one()
    {
        var request = Request(Monthly, null,
            Declare("2024-03-15", 1m), Declare("2024-04-15", 1m), Declare("2024-05-15", 1m), Declare("2024-04-15", 2m));
        Assert.Equal(["/declarations/3/start"], Paths(request));
    }

    [Fact]
    public void A_start_must_be_a_period_start_and_the_message_says_which()
    {
        var error = Assert.Single(Simulate.Errors(Request(Monthly, null, Declare("2024-04-01", 1m))));
        Assert.Equal("/declarations/0/start", error.Path);
        Assert.Contains("2024-03-15", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Under_calendar_years_the_first_period_is_identified_by_its_clamped_start()
    {
        var calendar = Terms("2024-03-15", "quarterly", "calendar", null, Percentage(0.05m));
        Assert.Equal(["/declarations/0/start"], Paths(Request(calendar, null, Declare("2024-01-01", 1m))));
        Assert.Equal(D("2024-03-15"), Simulate.Valid(Request(calendar, null, Declare("2024-03-15", 1m))).Periods[0].Start);
    }

    [Theory]
    [InlineData("2024-03-14")]
    [InlineData("2025-03-15")]
    public void A_start_outside_the_cover_is_an_error(string start) =>
        Assert.Equal(["/declarations/0/start"], Paths(Request(Monthly, null, Declare(start, 1m))));

    [Fact]
    public void Revenue_must_be_positive_with_at_most_two_decimals_and_is_never_rounded()
    {
        var request = Request(Monthly, null, Declare("2024-03-15", new Dictionary<string, decimal>
        {
            ["ventes"] = -1m, ["livraison"] = 10.005m, ["salle"] = 10.50m, ["a/b~c"] = -2m,
        }));
        Assert.Equal(["/declarations/0/revenue/a~1b~0c", "/declarations/0/revenue/livraison", "/declarations/0/revenue/ventes"], Paths(request));
    }

    [Fact]
    public void Category_names_have_1_to_50_characters()
    {
        var request = Request(Monthly, null, Declare("2024-03-15", new Dictionary<string, decimal>
        {
            [""] = 1m, [new string('c', 51)] = 1m, [new string('d', 50)] = 1m,
        }));
        Assert.Equal(["/declarations/0/revenue/", "/declarations/0/revenue/" + new string('c', 51)], Paths(request));
    }

    [Fact]
    public void Start_and_revenue_are_required()
    {
        var request = Request(Monthly, null, new DeclarationInput(), new DeclarationInput { Start = D("2024-04-15") });
        Assert.Equal(["/declarations/0/start", "/declarations/0/revenue", "/declarations/1/revenue"], Paths(request));
    }

    [Theory]
    [InlineData("2024-03-14")]
    [InlineData("2025-03-15")]
    public void Until_outside_the_cover_is_an_error_at_until(string until) =>
        Assert.Equal(["/until"], Paths(Request(Monthly, until)));

    [Fact]
    public void Until_beyond_fifty_years_is_an_error_at_until_and_the_last_day_before_is_fine()
    {
        Assert.Equal(["/until"], Paths(Request(Monthly with { EndDate = null }, "2074-03-15")));
        Assert.Equal(600, Simulate.Valid(Request(Monthly with { EndDate = null }, "2074-03-14")).Periods.Count);
    }

    [Fact]
    public void A_declaration_beyond_fifty_years_is_an_error_at_its_start() =>
        Assert.Equal(["/declarations/0/start"], Paths(Request(Monthly with { EndDate = null }, null, Declare("2074-03-15", 1m))));

    [Fact]
    public void Revenue_above_a_trillion_is_rejected() =>
        Assert.Equal(["/declarations/0/revenue/ventes"], Paths(Request(Monthly, null, Declare("2024-03-15", 1_000_000_000_000.01m))));

    [Fact]
    public void Declarations_are_checked_against_the_grid_even_when_other_terms_fields_are_wrong()
    {
        var request = Request(Monthly with { VatRate = 5m }, "2026-01-01", Declare("2024-03-15", 1m), Declare("2024-03-15", 1m));
        Assert.Equal(["/terms/vatRate", "/declarations/1/start", "/until"], Paths(request));
    }

    [Fact]
    public void Duplicates_are_still_found_when_the_grid_cannot_be_built()
    {
        var request = Request(Monthly with { Periodicity = "weekly" }, null, Declare("2024-03-15", 1m), Declare("2024-03-15", 1m));
        Assert.Equal(["/terms/periodicity", "/declarations/1/start"], Paths(request));
    }

    [Fact]
    public void Missing_terms_are_an_error_at_terms() =>
        Assert.Equal(["/terms"], Paths(new RoyaltySimulationRequest { Declarations = [Declare("2024-03-15", 1m)] }));
}
