using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Documents;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Network.Candidacies;
using SwarmNet.Modules.Network.Contracts.Candidacies;
using SwarmNet.Modules.Network.Domain;

namespace SwarmNet.Modules.Network.Readiness;

/// <summary>Ticks and unticks readiness items with their evidence, and writes each into the candidacy's history.</summary>
internal sealed class ReadinessTicks(DbSession db, CandidacyHistory history, TimeProvider clock)
{
    private sealed class ItemState
    {
        public string Label { get; init; } = "";
        public bool Mandatory { get; init; }
        public bool RequiresFile { get; init; }
        public string? EvidenceFileSha256 { get; init; }
    }

    /// <summary>The network's staff and the structure's own people both document readiness; only open candidacies change.</summary>
    public static async Task<CandidacyRow> LoadForTickingAsync(DbSession db, Actor actor, Guid candidacyId, CancellationToken ct)
    {
        var candidacy = await GetCandidacyHandler.LoadVisibleAsync(db, actor, candidacyId, ct);
        if (!actor.HasRole(candidacy.OwnerOrganizationId, Roles.NetworkAdmin, Roles.NetworkStaff)
            && !actor.HasRole(candidacy.StructureId, Roles.StructureAdmin, Roles.StructureMember))
            throw new ForbiddenException(Text.T("Vous ne pouvez pas renseigner cette grille.", "You cannot fill in this checklist."));
        if (!CandidacyStages.IsOpen(candidacy.Stage))
            throw new InputValidationException("/candidacyId", Text.T("La candidature est close.", "The candidacy is closed."));
        return candidacy;
    }

    public async Task ApplyAsync(CandidacyRow candidacy, Guid itemId, bool done, string? note, DateOnly? date, StoredDocument? file, Actor actor,
        CancellationToken ct)
    {
        var item = await db.QuerySingleOrDefaultAsync<ItemState>(SelectItemSql, new { ItemId = itemId, CandidacyId = candidacy.Id }, ct)
                   ?? throw new NotFoundException(Text.T("Élément de grille introuvable.", "Checklist item not found."));
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var errors = ReadinessEvidence.Check(new(item.Mandatory, item.RequiresFile, file is not null || item.EvidenceFileSha256 is not null), done, note, date, today);
        if (errors.Count > 0)
            throw new InputValidationException(errors);

        await db.ExecuteAsync(done ? (file is null ? TickSql : TickWithFileSql) : UntickSql, new
        {
            ItemId = itemId, CandidacyId = candidacy.Id, Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(), Date = date,
            FileName = file?.FileName, FileType = file?.ContentType, FileSize = file?.SizeBytes, FileSha256 = file?.Sha256, FilePath = file?.StoragePath,
            By = actor.UserId, At = clock.GetUtcNow(),
        }, ct);
        var subject = file is null ? item.Label : $"{item.Label} ({file.FileName}, sha256 {file.Sha256})";
        await history.RecordEventAsync(candidacy, done ? CandidacyEventKind.ItemTicked : CandidacyEventKind.ItemUnticked, subject, note, actor, ct);
    }

    internal const string SelectItemSql = """
        SELECT label, mandatory, requires_file, evidence_file_sha256 FROM network_candidacy_checklist_items
        WHERE id = @ItemId AND candidacy_id = @CandidacyId
        """;

    /// <summary>Keeps the file uploaded earlier, if any: a new note or date does not discard it.</summary>
    internal const string TickSql = """
        UPDATE network_candidacy_checklist_items SET done = 1, evidence_note = @Note, evidence_date = @Date, ticked_by = @By, ticked_at = @At
        WHERE id = @ItemId AND candidacy_id = @CandidacyId
        """;

    internal const string TickWithFileSql = """
        UPDATE network_candidacy_checklist_items SET done = 1, evidence_note = @Note, evidence_date = @Date, evidence_file = @FileName,
            evidence_file_type = @FileType, evidence_file_size = @FileSize, evidence_file_sha256 = @FileSha256, evidence_file_path = @FilePath,
            ticked_by = @By, ticked_at = @At
        WHERE id = @ItemId AND candidacy_id = @CandidacyId
        """;

    /// <summary>The evidence goes with the tick; the file stays on disk and the history keeps its name and hash.</summary>
    internal const string UntickSql = """
        UPDATE network_candidacy_checklist_items SET done = 0, evidence_note = NULL, evidence_date = NULL, evidence_file = NULL,
            evidence_file_type = NULL, evidence_file_size = NULL, evidence_file_sha256 = NULL, evidence_file_path = NULL, ticked_by = @By, ticked_at = @At
        WHERE id = @ItemId AND candidacy_id = @CandidacyId
        """;
}
