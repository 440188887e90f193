using SwarmNet.ContractKernel.Reading;
using SwarmNet.Modules.Licences.Persistence;

namespace SwarmNet.Modules.Licences.Reading;

/// <summary>One licence with its signatures, amendments, history and exit checklist, for its parties' members only.</summary>
internal sealed record GetLicence(Guid Id) : IQuery<LicenceDto>;

internal sealed class GetLicenceHandler(ContractStore<LicenceKind> store, LicenceRows rows, ActorContext actor, ContractViewReader<LicenceKind> kernel)
    : IRequestHandler<GetLicence, LicenceDto>
{
    public async Task<LicenceDto> Handle(GetLicence request, CancellationToken cancellationToken)
    {
        var row = await store.LoadVisibleAsync(actor.Current, request.Id, cancellationToken);
        var content = (await rows.LoadAsync(row.Id, cancellationToken)).ContentWith(row);
        var view = await kernel.ReadAsync(row, cancellationToken);
        var termination = row is { Status: ContractStatus.Terminated, EndedOn: { } on }
            ? new TerminationDto(on, row.TerminationGround ?? "", row.TerminatedById, row.TerminatedByName ?? "")
            : null;
        return new LicenceDto(row.Id, row.GrantorOrganizationId, row.GrantorName, row.GranteeOrganizationId, row.GranteeName,
            row.NetworkId, row.CandidacyId, row.Status, content, row.RenewalDecision, row.Term.RenewalDecisionDue, row.SignedAt,
            row.ActivatedOn, row.SuspendedOn, row.SuspensionReason, row.EndedOn, termination, row.CreatedAt, row.Version,
            view.Amendments, view.History, view.Signatures, view.AwaitingSignatureOf, view.Notice, view.ExitChecklist);
    }
}
