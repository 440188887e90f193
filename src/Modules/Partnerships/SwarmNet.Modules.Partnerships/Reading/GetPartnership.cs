using SwarmNet.ContractKernel.Reading;
using SwarmNet.Modules.Partnerships.Persistence;

namespace SwarmNet.Modules.Partnerships.Reading;

/// <summary>One partnership with its partners, signatures, amendments and history, for its partners' members only.</summary>
internal sealed record GetPartnership(Guid Id) : IQuery<PartnershipDto>;

internal sealed class GetPartnershipHandler(ContractStore<PartnershipKind> store, PartnershipRows rows, ActorContext actor, ContractViewReader<PartnershipKind> kernel)
    : IRequestHandler<GetPartnership, PartnershipDto>
{
    public async Task<PartnershipDto> Handle(GetPartnership request, CancellationToken cancellationToken)
    {
        var contract = await store.LoadVisibleAsync(actor.Current, request.Id, cancellationToken);
        var row = await rows.LoadAsync(contract.Id, cancellationToken);
        var view = await kernel.ReadAsync(contract, cancellationToken);
        var content = row.ContentOf();
        var partners = row.Partners.Select(p => new PartnerDto(p.OrganizationId, p.OrganizationName, p.RoleOf, Glossary.Of(p.RoleOf),
            new(p.SignatoryName, p.SignatoryTitle), view.Signatures.FirstOrDefault(s => s.OrganizationId == p.OrganizationId)?.SignedAt)).ToList();
        return new PartnershipDto(contract.Id, content.Title ?? "", contract.GrantorOrganizationId, contract.GranteeOrganizationId, contract.NetworkId,
            contract.CandidacyId, contract.Status, Glossary.Of(contract.Status, PartnershipKind.Info.Noun.Feminine), partners, content,
            ContractJson.Read<Obligations.Contracts.Terms.ObligationTerm[]>(contract.ObligationTerms), contract.RenewalDecision, contract.Term.RenewalDecisionDue,
            contract.SignedAt, contract.ActivatedOn, contract.SuspendedOn, contract.SuspensionReason, contract.EndedOn, contract.CreatedAt, contract.Version,
            view.Signatures, view.AwaitingSignatureFrom, view.Amendments, view.History, view.Notice, view.ExitChecklist);
    }
}
