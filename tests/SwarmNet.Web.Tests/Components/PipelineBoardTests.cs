using Bunit;
using MudBlazor.Services;
using SwarmNet.Modules.Network.Contracts.Candidacies;
using SwarmNet.Web.Pages.Network;
using Xunit;

namespace SwarmNet.Web.Tests.Components;

/// <summary>The board's own logic: columns in the path's order, the longest wait first, stuck and blocked cards marked.</summary>
public sealed class PipelineBoardTests : BunitContext
{
    private static readonly Guid Network = Guid.CreateVersion7();

    public PipelineBoardTests()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    private static CandidacySummaryDto Card(string structure, CandidacyStage stage, int days, int openItems = 0) =>
        new(Guid.CreateVersion7(), Network, Guid.CreateVersion7(), structure, "Pau", "Vélo-cargo", "Pau et agglomération", stage,
            DateTimeOffset.UnixEpoch, days, openItems);

    private IRenderedComponent<PipelineBoard> Render(params CandidacySummaryDto[] cards) =>
        Render<PipelineBoard>(p => p.Add(b => b.Candidacies, cards).Add(b => b.StuckAfterDays, 30));

    [Fact]
    public void A_column_per_stage_of_the_path_in_order_closed_candidacies_left_out()
    {
        var board = Render(Card("Refusée", CandidacyStage.Declined, 3), Card("STEP", CandidacyStage.Readiness, 4));

        var titles = board.FindAll("section h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Premier contact (0)", "Qualification (0)", "Préparation (1)", "Contractualisation (0)", "Lancée (0)"], titles);
        Assert.DoesNotContain("Refusée", board.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void The_longest_wait_comes_first_and_a_wait_beyond_the_threshold_stands_out()
    {
        var board = Render(Card("Récent", CandidacyStage.Qualification, 5), Card("Ancien", CandidacyStage.Qualification, 45, openItems: 2),
            Card("Lancé il y a longtemps", CandidacyStage.Launched, 400));

        var cards = board.FindAll("section:nth-of-type(2) .pipeline-card");
        Assert.Equal(["Ancien", "Récent"], cards.Select(c => c.QuerySelector("a")!.TextContent.Trim()));
        Assert.Contains("stuck", cards[0].ClassList);
        Assert.DoesNotContain("stuck", cards[1].ClassList);
        Assert.Contains("45 j dans l'étape", cards[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("2 prérequis obligatoire(s) ouvert(s)", cards[0].TextContent, StringComparison.Ordinal);
        Assert.Empty(board.FindAll("section:nth-of-type(5) .stuck"));
    }
}
