using System.Text.Json;
using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.Modules.Obligations.Domain;
using SwarmNet.Modules.Obligations.Contracts.Occurrences;

namespace SwarmNet.Modules.Obligations.Occurrences;

internal sealed class SubmitOccurrenceHandler(DbSession db, ActorContext actorContext, OccurrenceHistory history, TimeProvider clock)
    : IRequestHandler<SubmitOccurrence, OccurrenceDto>
{
    public async Task<OccurrenceDto> Handle(SubmitOccurrence request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        var row = await OccurrenceAccess.LoadVisibleAsync(db, actor, request.OccurrenceId, cancellationToken);
        if (!OccurrenceAccess.CanSubmit(actor, row))
            throw OccurrenceAccess.Forbidden("Seule la partie qui doit cette échéance la dépose.", "Only the party that owes this occurrence submits it.");
        if (!OccurrenceStates.IsOpen(row.State))
            throw new ConflictException(Text.T($"Une échéance {OccurrenceStates.Label(row.State)} ne se dépose plus.", $"A {OccurrenceStates.Label(row.State)} occurrence cannot be submitted."));
        if (row.Version != request.Version)
            throw OccurrenceAccess.Stale();
        await CheckEvidenceAsync(request, row, cancellationToken);
        var indicators = request.Indicators is { Count: > 0 } values ? JsonSerializer.Serialize(values) : null;
        var submission = new Submission(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), indicators, request.DeclarationId);
        if (!await history.MoveAsync(row, OccurrenceStates.Submitted, actor, null, cancellationToken, submission))
            throw OccurrenceAccess.Stale();
        return (await OccurrenceAccess.LoadVisibleAsync(db, actor, row.Id, cancellationToken)).ToDto();
    }

    private async Task CheckEvidenceAsync(SubmitOccurrence request, OccurrenceRow row, CancellationToken ct)
    {
        switch (row.EvidenceKind)
        {
            case "file" when await db.ExecuteScalarAsync<long>(CountFilesSql, new { row.Id }, ct) == 0:
                throw new InputValidationException("/files", Text.T("Joignez d'abord le justificatif.", "Attach the evidence file first."));
            case "indicators" when request.Indicators is not { Count: > 0 }:
                throw new InputValidationException("/indicators", Text.T("Indiquez la valeur de chaque indicateur.", "Give each indicator's value."));
            case "indicators" when request.Indicators.Keys.FirstOrDefault(k => string.IsNullOrWhiteSpace(k) || k.Length > 50) is { } bad:
                throw new InputValidationException($"/indicators/{bad}", Text.T("Code d'indicateur de 1 à 50 caractères.", "An indicator code of 1 to 50 characters."));
            case "declaration" when request.DeclarationId is null:
                throw new InputValidationException("/declarationId", Text.T("Référence de la déclaration de chiffre d'affaires requise.", "The revenue declaration's reference is required."));
        }
    }

    internal const string CountFilesSql = "SELECT COUNT(*) FROM obligations_files WHERE occurrence_id = @Id";
}
