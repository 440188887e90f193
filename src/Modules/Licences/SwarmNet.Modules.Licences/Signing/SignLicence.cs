using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.ContractLifecycle;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.Modules.Licences.Domain;
using SwarmNet.Modules.Licences.Drafting;
using SwarmNet.Modules.Licences.Persistence;
using SwarmNet.Modules.Licences.Reading;

namespace SwarmNet.Modules.Licences.Signing;

/// <summary>
/// Records that both parties signed the draft. It needs valid royalty and exit terms, and no clash with a licence
/// signed since the draft. It becomes active at once when its effective date is today or past, else on that date.
/// </summary>
internal sealed record SignLicence(Guid LicenceId, int Version) : ICommand<LicenceDto>, IDurableCommand;

internal sealed class SignLicenceHandler(DbSession db, ActorContext actorContext, LicenceHistory history, LicenceAnnouncements announce,
    IMediator mediator, TimeProvider clock) : IRequestHandler<SignLicence, LicenceDto>
{
    public async Task<LicenceDto> Handle(SignLicence request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        var row = await LicenceAccess.LoadManagedAsync(db, actor, request.LicenceId, cancellationToken);
        if (!Lifecycle.CanMove(row.Status, ContractStatus.Signed))
            throw new ConflictException(Text.T("Seul un brouillon se signe.", "Only a draft can be signed."));
        if (row.Version != request.Version)
            throw LicenceAccess.Stale();
        var errors = row.Content.ValidateForSigning("/content");
        if (errors.Count == 0 && await Exclusivity.CheckAsync(db, row.Id, row.Content, "/content/territory", cancellationToken) is { } clash)
            errors.Add(clash);
        if (errors.Count > 0)
            throw new InputValidationException(errors);

        var today = Today.Of(clock);
        var status = Lifecycle.StatusAfterSigning(row.Term, today);
        // A licence signed after its effective date has been in force since that date, not since the signature.
        var activatedOn = status == ContractStatus.Active ? row.EffectiveDate : (DateOnly?)null;
        if (await db.ExecuteAsync(SignSql, new { row.Id, request.Version, Status = status.ToString(), Now = clock.GetUtcNow(), ActivatedOn = activatedOn },
                cancellationToken) == 0)
            throw LicenceAccess.Stale();
        await history.RecordAsync(row.Id, "signed", Text.T($"Signée, effet au {row.EffectiveDate:dd/MM/yyyy}", $"Signed, effective {row.EffectiveDate:yyyy-MM-dd}"),
            actor, cancellationToken);
        if (activatedOn is { } on)
        {
            await history.RecordAsync(row.Id, "activated", null, actor, cancellationToken);
            await announce.ActivatedAsync(row, on, cancellationToken);
        }
        return await mediator.Send(new GetLicence(row.Id), cancellationToken);
    }

    internal const string SignSql = """
        UPDATE licences_licences SET status = @Status, signed_at = @Now, activated_on = @ActivatedOn, updated_at = @Now, version = version + 1
        WHERE id = @Id AND status = 'Draft' AND version = @Version
        """;
}
