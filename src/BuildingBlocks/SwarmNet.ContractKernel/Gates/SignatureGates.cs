using SwarmNet.Modules.Network.Contracts.Candidacies;

namespace SwarmNet.ContractKernel.Gates;

/// <summary>The gates every party's signature passes, asked of the Network module: the structure's readiness.</summary>
public sealed class SignatureGates(IMediator mediator)
{
    public async Task CheckAsync(ContractKindInfo info, ContractRecord contract, DateOnly today, List<FieldError> errors, CancellationToken ct)
    {
        if (contract.NetworkId is not { } network)
            return;
        var gate = await mediator.Send(new GetContractGate(network, contract.GranteeOrganizationId, contract.CandidacyId), ct);
        errors.AddRange(ReadinessGate.Check(gate, contract.CandidacyId is not null));
    }
}
