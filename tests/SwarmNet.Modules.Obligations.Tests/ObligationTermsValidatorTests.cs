using System.Text.Json;
using SwarmNet.Modules.Obligations.Contracts.Terms;
using Xunit;

namespace SwarmNet.Modules.Obligations.Tests;

public sealed class ObligationTermsValidatorTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private const string SpecExample = """
        {
          "code": "DECL-CA",
          "title": "Déclaration mensuelle du chiffre d'affaires",
          "description": "Chiffre d'affaires HT du mois, par catégorie",
          "category": "reporting",
          "actor": "grantee",
          "evidence": "declaration",
          "schedule": { "kind": "afterPeriodEnd", "days": 15 },
          "reminders": [7, 1],
          "escalateAfterDays": 10
        }
        """;

    private static ObligationTerm Example => JsonSerializer.Deserialize<ObligationTerm>(SpecExample, Json)!;

    private static List<string> Paths(params ObligationTerm?[] terms) =>
        ObligationTermsValidator.Validate(terms, "/obligationTerms").Select(e => e.Path).ToList();

    [Fact]
    public void The_spec_example_reads_in_camel_case_and_is_valid()
    {
        var term = Example;
        Assert.Equal("DECL-CA", term.Code);
        Assert.Equal(15, term.Schedule!.Days);
        Assert.Equal([7, 1], term.Reminders);
        Assert.Empty(Paths(term));
        Assert.Contains("\"escalateAfterDays\":10", JsonSerializer.Serialize(term, Json), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_error_is_reported_at_once_with_its_pointer()
    {
        var bad = Example with
        {
            Code = "", Title = new string('t', 151), Category = "fun", Actor = "someone", Evidence = "photo",
            Reminders = [7, 7, 91], EscalateAfterDays = 0,
        };
        Assert.Equal(
            ["/obligationTerms/0/code", "/obligationTerms/0/title", "/obligationTerms/0/category", "/obligationTerms/0/evidence",
             "/obligationTerms/0/actor", "/obligationTerms/0/reminders/1", "/obligationTerms/0/reminders/2", "/obligationTerms/0/escalateAfterDays"],
            Paths(bad));
    }

    [Fact]
    public void Codes_are_unique_within_the_contract()
    {
        Assert.Equal(["/obligationTerms/1/code"], Paths(Example, Example with { Title = "Autre" }));
        Assert.Equal(["/obligationTerms/1"], Paths(Example, null));
        Assert.Equal(["/obligationTerms"], ObligationTermsValidator.Validate(null, "/obligationTerms").Select(e => e.Path));
    }

    [Fact]
    public void At_most_five_reminders()
    {
        Assert.Equal(["/obligationTerms/0/reminders"], Paths(Example with { Reminders = [1, 2, 3, 4, 5, 6] }));
        Assert.Empty(Paths(Example with { Reminders = null, EscalateAfterDays = null, Description = null }));
    }

    [Theory]
    [InlineData("""{ "kind": "once", "date": "2027-01-31" }""")]
    [InlineData("""{ "kind": "once", "daysAfterEffective": 30 }""")]
    [InlineData("""{ "kind": "monthly", "day": 31 }""")]
    [InlineData("""{ "kind": "quarterly", "daysAfterQuarterEnd": 0 }""")]
    [InlineData("""{ "kind": "annually", "month": 2, "day": 29 }""")]
    [InlineData("""{ "kind": "annually", "anniversary": true }""")]
    [InlineData("""{ "kind": "afterPeriodEnd", "days": 90 }""")]
    public void Each_schedule_kind_is_accepted_with_its_own_fields(string schedule) =>
        Assert.Empty(Paths(Example with { Schedule = JsonSerializer.Deserialize<ObligationSchedule>(schedule, Json) }));

    [Theory]
    [InlineData("""{ "kind": "once" }""", "/date")]
    [InlineData("""{ "kind": "once", "date": "2027-01-31", "daysAfterEffective": 3 }""", "/date")]
    [InlineData("""{ "kind": "monthly", "day": 32 }""", "/day")]
    [InlineData("""{ "kind": "monthly", "day": 5, "days": 3 }""", "/days")]
    [InlineData("""{ "kind": "quarterly", "daysAfterQuarterEnd": 91 }""", "/daysAfterQuarterEnd")]
    [InlineData("""{ "kind": "annually" }""", "/month")]
    [InlineData("""{ "kind": "annually", "month": 4, "day": 31 }""", "/day")]
    [InlineData("""{ "kind": "annually", "month": 13, "day": 1 }""", "/month")]
    [InlineData("""{ "kind": "annually", "anniversary": true, "month": 3 }""", "/month")]
    [InlineData("""{ "kind": "afterPeriodEnd" }""", "/days")]
    [InlineData("""{ "kind": "weekly" }""", "/kind")]
    public void A_schedule_missing_or_misusing_a_field_is_named(string schedule, string field) =>
        Assert.Equal(["/obligationTerms/0/schedule" + field],
            Paths(Example with { Schedule = JsonSerializer.Deserialize<ObligationSchedule>(schedule, Json) }));

    [Fact]
    public void A_partner_organisation_may_carry_an_obligation_only_when_it_is_a_partner()
    {
        var partner = Guid.CreateVersion7();
        var term = Example with { Actor = partner.ToString() };
        Assert.Equal(["/x/0/actor"], ObligationTermsValidator.Validate([term], "/x").Select(e => e.Path));
        Assert.Empty(ObligationTermsValidator.Validate([term], "/x", [partner]));
    }
}
