using MediatR;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Obligations.Generation;

/// <summary>
/// The daily job: every contract still in force gets its occurrences up to today + 12 months. Safe twice and on two hosts:
/// generation is idempotent by the occurrences' unique key, and a day missed is caught up by the next run's wider window.
/// </summary>
internal sealed record ExtendObligationHorizon : ICommand;

internal sealed class ExtendObligationHorizonHandler(DbSession db, OccurrenceGenerator generator, TimeProvider clock)
    : IRequestHandler<ExtendObligationHorizon, Unit>
{
    public const string JobId = "obligations.extend-horizon";

    public async Task<Unit> Handle(ExtendObligationHorizon request, CancellationToken cancellationToken)
    {
        var horizon = OccurrenceGenerator.HorizonOf(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var behind = await db.QueryAsync<ContractRow>(SelectBehindSql, new { Horizon = horizon }, cancellationToken);
        foreach (var contract in behind)
            await generator.GenerateAsync(contract.Id, (contract.GeneratedUntil ?? contract.EffectiveDate.AddDays(-1)).AddDays(1), horizon,
                "Horizon prolongé", cancellationToken);
        return Unit.Value;
    }

    internal const string SelectBehindSql = "SELECT " + ContractRow.Columns + """
         FROM obligations_contracts c
        WHERE c.status IN ('Active', 'Suspended') AND (c.generated_until IS NULL OR c.generated_until < @Horizon)
        ORDER BY c.id
        """;
}
