using SwarmNet.Modules.Network.Contracts.Candidacies;
using SwarmNet.Modules.Royalties.Contracts.Terms;

namespace SwarmNet.ContractKernel.Gates;

/// <summary>The gates every party's signature passes, asked of the Network module: readiness, then the DIP for exclusive contracts.</summary>
public sealed class SignatureGates(IMediator mediator)
{
    public async Task CheckAsync(ContractKindInfo info, ContractRecord contract, DateOnly today, List<FieldError> errors, CancellationToken ct)
    {
        if (contract.NetworkId is not { } network)
        {
            if (contract.Exclusive)
                errors.Add(new("/networkId", Text.T("Contrat avec exclusivité hors de tout réseau : aucun DIP ne peut être vérifié.",
                    "Exclusive contract outside any network: no DIP can be checked.")));
            return;
        }
        var gate = await mediator.Send(new GetContractGate(network, contract.GranteeOrganizationId, contract.CandidacyId), ct);
        errors.AddRange(ReadinessGate.Check(gate, contract.CandidacyId is not null));
        if (contract.Exclusive)
            errors.AddRange(DisclosureGate.Check(gate.Disclosure, ContractJson.ReadOrNull<RoyaltyTerms>(contract.RoyaltyTerms), today, info.RoyaltyTermsPath));
    }
}
