using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Money;
using SwarmNet.Modules.Royalties.Agreements;
using SwarmNet.Modules.Royalties.Contracts.Declarations;
using SwarmNet.Modules.Royalties.Statements;

namespace SwarmNet.Modules.Royalties.Declarations;

/// <summary>One period's declared content, checked and ready to store as a new version.</summary>
internal sealed record DeclarationContent(DateOnly PeriodStart, DateOnly PeriodEnd, IReadOnlyDictionary<string, decimal> Revenue, bool NoActivity, SwornStatement Sworn);

/// <summary>
/// Stores declarations as new versions (the first creates the declaration), publishes RevenueDeclared for each (the
/// Obligations module fulfils the matching occurrence), then recomputes the statements they touch.
/// </summary>
internal sealed class DeclarationWriter(DbSession db, BuildingBlocks.Outbox.Outbox outbox, StatementRefresh refresh, TimeProvider clock)
{
    /// <summary>The period starting on <paramref name="start"/> if it has begun by today and lies within the agreement.</summary>
    public static async Task<(DateOnly Start, DateOnly End)?> PeriodAsync(DbSession db, AgreementRow agreement, DateOnly start, DateOnly today, CancellationToken ct)
    {
        var versions = (await AgreementData.VersionsAsync(db, agreement.Id, ct))[agreement.Id].ToList();
        var period = new AgreementCalculator(agreement, versions, new Dictionary<DateOnly, DeclaredRevenue>()).Periods(today)
            .Select(p => p.Period).FirstOrDefault(p => p.Start == start);
        return period.Start == start && start != default ? (period.Start, period.End) : null;
    }

    public static FieldError NotAPeriod(string path) => new(path, Text.T(
        "Aucune période de redevances de ce contrat ne commence à cette date, ou elle n'a pas encore commencé.",
        "No royalty period of this agreement starts on this date, or it has not begun yet."));

    public async Task<IReadOnlyList<Guid>> WriteAsync(AgreementRow agreement, IReadOnlyList<DeclarationContent> contents, Actor actor, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var existing = (await db.QueryAsync<Existing>(SelectExistingSql, new { AgreementId = agreement.Id }, ct)).ToDictionary(e => e.PeriodStart);
        var ids = new List<Guid>();
        foreach (var content in contents)
        {
            var previous = existing.GetValueOrDefault(content.PeriodStart);
            var id = previous?.Id ?? Guid.CreateVersion7();
            var version = (previous?.CurrentVersion ?? 0) + 1;
            var written = await db.ExecuteAsync(previous is null ? InsertSql : BumpSql, new
            {
                Id = id, AgreementId = agreement.Id, content.PeriodStart, content.PeriodEnd, Version = version, Previous = version - 1,
            }, ct);
            if (written == 0)
                throw new ConflictException(Text.T("La déclaration a été corrigée entre-temps : rechargez-la.", "The declaration was corrected in the meantime: reload it."));
            await db.ExecuteAsync(InsertVersionSql, new
            {
                Id = id, Version = version, content.NoActivity, Revenue = AgreementData.RevenueJson(content.Revenue),
                Total = Money.ToCents(content.Revenue.Values.Sum()), SwornName = content.Sworn.Name!.Trim(), SwornOn = content.Sworn.Date!.Value,
                SwornText = string.IsNullOrWhiteSpace(content.Sworn.Text) ? SwornStatement.DefaultText : content.Sworn.Text.Trim(),
                ActorId = actor.UserId, ActorName = actor.DisplayName, Now = now,
            }, ct);
            await outbox.PublishAsync(new RevenueDeclared(id, agreement.Id, agreement.ContractKind, agreement.GrantorOrganizationId,
                agreement.StructureOrganizationId, content.PeriodStart, content.PeriodEnd, version, content.NoActivity, actor.UserId, actor.DisplayName, now), ct);
            ids.Add(id);
        }
        await refresh.AfterDeclarationsAsync(agreement, [.. contents.Select(c => c.PeriodStart)], actor, ct);
        return ids;
    }

    private sealed class Existing
    {
        public Guid Id { get; init; }
        public DateOnly PeriodStart { get; init; }
        public int CurrentVersion { get; init; }
    }

    internal const string SelectExistingSql = "SELECT id, period_start, current_version FROM royalties_declarations WHERE agreement_id = @AgreementId";

    internal const string InsertSql = """
        INSERT INTO royalties_declarations (id, agreement_id, period_start, period_end, current_version)
        VALUES (@Id, @AgreementId, @PeriodStart, @PeriodEnd, @Version)
        """;

    /// <summary>Guarded by the version read, so two corrections at once cannot both become version n.</summary>
    internal const string BumpSql = "UPDATE royalties_declarations SET current_version = @Version WHERE id = @Id AND current_version = @Previous";

    internal const string InsertVersionSql = """
        INSERT INTO royalties_declaration_versions (declaration_id, version, no_activity, revenue, total_cents, sworn_name, sworn_on, sworn_text,
            declared_by_id, declared_by_name, declared_at)
        VALUES (@Id, @Version, @NoActivity, @Revenue, @Total, @SwornName, @SwornOn, @SwornText, @ActorId, @ActorName, @Now)
        """;
}
