using Bunit;
using MediatR;
using MudBlazor.Services;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.Modules.Network.Contracts.Access;
using SwarmNet.Modules.Royalties.Contracts.Statements;
using SwarmNet.Web.Layout;
using SwarmNet.Web.Pages.Royalties;
using Xunit;

namespace SwarmNet.Web.Tests.Components;

/// <summary>The actions a statement page offers: by its state and by the side the reader works for; the handlers decide the rest.</summary>
public sealed class StatementActionsTests : BunitContext, IAsyncLifetime
{
    private static readonly Guid Head = Guid.CreateVersion7(), Step = Guid.CreateVersion7(), Elsewhere = Guid.CreateVersion7();

    public StatementActionsTests()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor's date picker holds a service that is only asynchronously disposable.
    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    private static Workspace As(Guid organization, string role) =>
        Workspace.For(new MeDto(Guid.CreateVersion7(), "x@y.invalid", "X", false, [new MeMembershipDto(organization, "Org", role)]), organization);

    private static StatementDto Statement(string state, decimal outstanding = 0m) => new(
        new StatementSummaryDto(Guid.CreateVersion7(), StatementKinds.Period, Guid.CreateVersion7(), "Les Triporteurs", Head, "Les Triporteurs", Step, "STEP",
            null, new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 30), 1, true, state, state, 550m, 110m, 660m, null, null, null, 0m, outstanding, 3),
        0.2m, false, null, [], [], [], [], null, null);

    private IRenderedComponent<StatementActions> Render(StatementDto statement, Workspace workspace, List<IRequest<StatementDto>>? sent = null) =>
        Render<StatementActions>(p => p.Add(a => a.Statement, statement).Add(a => a.Workspace, workspace)
            .Add(a => a.OnSend, (IRequest<StatementDto> r) => sent?.Add(r)));

    private static List<string> Buttons(IRenderedComponent<StatementActions> actions) =>
        [.. actions.FindAll("button").Select(b => b.TextContent.Trim()).Where(t => t.Length > 0)];

    [Theory]
    [InlineData("Draft", new[] { "Mettre en revue" })]
    [InlineData("InReview", new[] { "Approuver", "Renvoyer en brouillon" })]
    [InlineData("Approved", new[] { "Émettre la facture" })]
    [InlineData("Issued", new[] { "Enregistrer le paiement" })]
    [InlineData("Paid", new string[0])]
    public void The_network_heads_accountant_is_offered_what_the_state_allows(string state, string[] expected) =>
        Assert.Equal(expected, Buttons(Render(Statement(state), As(Head, Roles.Accountant))));

    [Fact]
    public void Its_staff_put_drafts_up_for_review_and_nothing_more()
    {
        Assert.Equal(["Mettre en revue"], Buttons(Render(Statement("Draft"), As(Head, Roles.NetworkStaff))));
        Assert.Empty(Buttons(Render(Statement("InReview"), As(Head, Roles.NetworkStaff))));
        Assert.Empty(Buttons(Render(Statement("Approved"), As(Head, Roles.NetworkAdmin))));
    }

    [Fact]
    public void The_structure_and_another_heads_accountant_are_offered_nothing()
    {
        foreach (var state in StatementStates.All)
        {
            Assert.Empty(Buttons(Render(Statement(state), As(Step, Roles.StructureAdmin))));
            Assert.Empty(Buttons(Render(Statement(state), As(Elsewhere, Roles.Accountant))));
        }
    }

    [Fact]
    public void A_payment_is_prefilled_with_what_is_still_owed()
    {
        var sent = new List<IRequest<StatementDto>>();
        var statement = Statement("Issued", outstanding: 330m);
        var actions = Render(statement, As(Head, Roles.Accountant), sent);

        actions.FindAll("button").Single(b => b.TextContent.Contains("Enregistrer le paiement", StringComparison.Ordinal)).Click();

        var payment = Assert.IsType<RecordPayment>(Assert.Single(sent));
        Assert.Equal((statement.Summary.Id, 330m, (DateOnly?)null), (payment.StatementId, payment.Amount, payment.PaidOn));
    }
}
