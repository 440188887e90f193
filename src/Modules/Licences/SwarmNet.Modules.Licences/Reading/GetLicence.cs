using SwarmNet.BuildingBlocks.Data;
using SwarmNet.ContractKernel.Reading;
using SwarmNet.Modules.Licences.Persistence;

namespace SwarmNet.Modules.Licences.Reading;

/// <summary>One licence with its signatures, amendments, history and exit checklist, for its parties' members only.</summary>
internal sealed record GetLicence(Guid Id) : IQuery<LicenceDto>;

internal sealed class GetLicenceHandler(DbSession db, ActorContext actor, ContractViewReader<LicenceKind> kernel) : IRequestHandler<GetLicence, LicenceDto>
{
    public async Task<LicenceDto> Handle(GetLicence request, CancellationToken cancellationToken)
    {
        var (all, orgIds) = ContractAccess.Parameters(actor.Current);
        var row = await db.QuerySingleOrDefaultAsync<LicenceRow>(SelectVisibleSql, new { request.Id, All = all, OrgIds = orgIds }, cancellationToken)
                  ?? throw ContractAccess.NotFound(LicenceKind.Info.Noun);
        var view = await kernel.ReadAsync(row.Id, cancellationToken);
        var termination = row is { Status: ContractStatus.Terminated, EndedOn: { } on }
            ? new TerminationDto(on, row.TerminationGround ?? "", row.TerminatedById, row.TerminatedByName ?? "")
            : null;
        return new LicenceDto(row.Id, row.GrantorOrganizationId, row.GrantorName, row.LicenseeOrganizationId, row.LicenseeName,
            row.NetworkId, row.CandidacyId, row.Status, row.Content, row.RenewalDecision, row.Term.RenewalDecisionDue, row.SignedAt,
            row.ActivatedOn, row.SuspendedOn, row.SuspensionReason, row.EndedOn, termination, row.CreatedAt, row.Version,
            view.Amendments, view.History, view.Signatures, view.AwaitingSignatureOf, view.Notice, view.ExitChecklist);
    }

    internal const string SelectVisibleSql = "SELECT " + LicenceRow.Columns + " FROM licences_licences l WHERE l.id = @Id AND " + LicenceRow.Visible;
}
