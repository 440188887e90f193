using SwarmNet.Modules.Affiliations.Domain;
using SwarmNet.Modules.Obligations.Contracts.Terms;
using Xunit;

namespace SwarmNet.Modules.Affiliations.Tests;

/// <summary>When a charter version is to be acknowledged, and where an affiliate stands with it on a given day.</summary>
public sealed class CharterDeadlineTests
{
    private static readonly DateOnly Published = new(2026, 10, 1);
    private static readonly DateOnly Due = new(2026, 10, 31);

    [Fact]
    public void The_delay_counts_from_the_day_the_version_reached_the_affiliate()
    {
        Assert.Equal(Due, CharterDeadlines.DueOn(Published, 30));
        Assert.Equal(new DateOnly(2027, 3, 1), CharterDeadlines.DueOn(new DateOnly(2027, 2, 27), 2)); // across a short February
    }

    [Theory]
    [InlineData("2026-10-31", null, "Pending")]
    [InlineData("2026-11-01", null, "Overdue")]
    [InlineData("2026-11-15", "2026-10-31", "Acknowledged")]
    [InlineData("2026-11-15", "2026-10-02", "Acknowledged")]
    [InlineData("2026-11-15", "2026-11-01", "AcknowledgedLate")]
    public void On_time_up_to_and_including_the_due_day_overdue_the_day_after(string today, string? acknowledged, string expected) =>
        Assert.Equal(Enum.Parse<AcknowledgementState>(expected), CharterDeadlines.StateOn(Due, acknowledged is null ? null : DateOnly.Parse(acknowledged), DateOnly.Parse(today)));

    [Fact]
    public void The_duty_is_a_valid_one_off_obligation_term_on_the_due_date()
    {
        var term = CharterDeadlines.Obligation(2, Due);
        Assert.Empty(ObligationTermsValidator.Validate([term]));
        Assert.Equal(("CHARTE-V2", "once", Due, "grantee"), (term.Code, term.Schedule!.Kind, term.Schedule.Date!.Value, term.Actor));
    }

    [Fact]
    public void A_version_has_a_summary_a_text_or_a_document_and_a_delay_of_one_day_to_a_year()
    {
        Assert.Empty(CharterPublication.Validate("Nouvelle règle d'usage du logo", "Texte", false, 30));
        Assert.Empty(CharterPublication.Validate("Charte en PDF", null, true, 365));
        Assert.Equal(["/summary", "/text", "/acknowledgeWithinDays"], CharterPublication.Validate(" ", " ", false, 0).Select(e => e.Path));
        Assert.Equal(["/acknowledgeWithinDays"], CharterPublication.Validate("Résumé", "Texte", false, 366).Select(e => e.Path));
    }
}
