using System.Linq.Expressions;
using FluentValidation;
using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Network.Contracts.Networks;
using SwarmNet.Modules.Obligations.Contracts.Terms;

namespace SwarmNet.Modules.Obligations.Board;

/// <summary>What the board and its months share: the network head's team only (404 for outsiders, 403 for affiliates), the last twelve months.</summary>
internal sealed class BoardWindow(ActorContext actor, IMediator mediator, TimeProvider clock)
{
    public async Task<(DateOnly From, DateOnly Today)> OpenAsync(Guid networkId, CancellationToken ct)
    {
        var network = await mediator.Send(new GetNetwork(networkId), ct);
        if (!actor.Current.HasRole(network.OwnerOrganizationId, Roles.NetworkAdmin, Roles.NetworkStaff))
            throw new ForbiddenException(Text.T("Le tableau de conformité est réservé à l'équipe de la tête de réseau.", "The compliance board is for the network head's team."));
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return (today.AddMonths(-12), today);
    }
}

internal static class ComplianceCounts
{
    /// <summary>The counts of the board's occurrences in the window (its index: network, due date), for a GROUP BY to follow.</summary>
    public const string CountsOverWindow = """
               SUM(CASE WHEN o.state IN ('Submitted', 'Accepted') AND o.submitted_on <= o.due_date THEN 1 ELSE 0 END) AS OnTime,
               SUM(CASE WHEN o.state IN ('Submitted', 'Accepted') AND o.submitted_on > o.due_date THEN 1 ELSE 0 END) AS Late,
               SUM(CASE WHEN o.state IN ('Upcoming', 'Due', 'Rejected', 'Overdue') THEN 1 ELSE 0 END) AS Overdue
        FROM obligations_occurrences o
        WHERE o.network_id = @NetworkId AND o.due_date >= @From AND o.due_date < @Today
          AND (@ContractKind IS NULL OR o.contract_kind = @ContractKind) AND (@Category IS NULL OR o.category = @Category)

        """;

    /// <summary>On time / (on time + late + overdue), null when nothing fell due.</summary>
    public static decimal? Rate(int onTime, int late, int overdue) =>
        onTime + late + overdue == 0 ? null : Math.Round((decimal)onTime / (onTime + late + overdue), 4);

    public static Contracts.Board.ComplianceMonth Month(DateOnly month, int onTime, int late, int overdue) =>
        new(month, onTime, late, overdue, Rate(onTime, late, overdue));

    public static void AddBoardFilterRules<T>(this AbstractValidator<T> validator, Expression<Func<T, string?>> kind, Expression<Func<T, string?>> category)
    {
        validator.RuleFor(category).Must(c => c is null || ObligationVocabulary.Categories.Contains(c))
            .WithMessage(_ => Text.T("Catégorie inconnue.", "Unknown category."));
        validator.RuleFor(kind).Must(k => k is null or "licence" or "affiliation" or "partnership")
            .WithMessage(_ => Text.T("licence, affiliation ou partnership.", "licence, affiliation or partnership."));
    }
}
