using Bunit;
using MediatR;
using MudBlazor.Services;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.Modules.Network.Contracts.Access;
using SwarmNet.Modules.Obligations.Contracts.Occurrences;
using SwarmNet.Web.Layout;
using SwarmNet.Web.Pages.Obligations;
using Xunit;

namespace SwarmNet.Web.Tests.Components;

/// <summary>The head's review of an occurrence: offered by the reader's role in the contract's network head and the state.</summary>
public sealed class OccurrenceReviewTests : BunitContext
{
    private static readonly Guid Head = Guid.CreateVersion7(), Step = Guid.CreateVersion7();

    public OccurrenceReviewTests()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    private static Workspace As(Guid organization, string role) =>
        Workspace.For(new MeDto(Guid.CreateVersion7(), "x@y.invalid", "X", false, [new MeMembershipDto(organization, "Org", role)]), organization);

    private static OccurrenceDto Occurrence(string state) => new(
        Guid.CreateVersion7(), Guid.CreateVersion7(), "licence", "Les Triporteurs", Head, Step, null, "rc", "Attestation RC", "insurance", "structure",
        "file", new DateOnly(2026, 12, 1), null, null, null, state, state, null, null, null, null, null, 4);

    private IRenderedComponent<OccurrenceReview> Render(OccurrenceDto occurrence, Workspace workspace, List<IRequest<OccurrenceDto>>? sent = null) =>
        Render<OccurrenceReview>(p => p.Add(r => r.Occurrence, occurrence).Add(r => r.Workspace, workspace)
            .Add(r => r.OnSend, (IRequest<OccurrenceDto> r) => sent?.Add(r)));

    private static List<string> Buttons(IRenderedComponent<OccurrenceReview> review) =>
        [.. review.FindAll("button").Select(b => b.TextContent.Trim()).Where(t => t.Length > 0)];

    [Theory]
    [InlineData(Roles.NetworkAdmin, "Submitted", new[] { "Accepter", "Refuser" })]
    [InlineData(Roles.NetworkStaff, "Submitted", new[] { "Accepter", "Refuser" })]
    [InlineData(Roles.NetworkAdmin, "Due", new[] { "Dispenser" })]
    [InlineData(Roles.NetworkAdmin, "Overdue", new[] { "Dispenser" })]
    [InlineData(Roles.NetworkStaff, "Due", new string[0])]
    [InlineData(Roles.NetworkAdmin, "Accepted", new string[0])]
    public void The_heads_team_reviews_what_was_handed_in_and_its_admins_waive_what_is_owed(string role, string state, string[] expected) =>
        Assert.Equal(expected, Buttons(Render(Occurrence(state), As(Head, role))));

    [Fact]
    public void The_structure_is_offered_nothing()
    {
        foreach (var state in new[] { "Due", "Submitted", "Rejected" })
            Assert.Empty(Buttons(Render(Occurrence(state), As(Step, Roles.StructureAdmin))));
    }

    [Fact]
    public void A_rejection_carries_the_reason_and_the_version_read()
    {
        var sent = new List<IRequest<OccurrenceDto>>();
        var occurrence = Occurrence("Submitted");
        var review = Render(occurrence, As(Head, Roles.NetworkStaff), sent);

        review.Find("textarea").Change("Attestation expirée");
        review.FindAll("button").Single(b => b.TextContent.Contains("Refuser", StringComparison.Ordinal)).Click();

        Assert.Equal(new ReviewOccurrence(occurrence.Id, 4, false, "Attestation expirée"), Assert.Single(sent));
    }
}
