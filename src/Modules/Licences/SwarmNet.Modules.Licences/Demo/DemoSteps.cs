using SwarmNet.ContractKernel.Signing;
using SwarmNet.Modules.Network.Contracts.Candidacies;
using SwarmNet.Modules.Network.Contracts.Organizations;

namespace SwarmNet.Modules.Licences.Demo;

/// <summary>The steps of the demo's story that the real people take: completing readiness, signing for each party.</summary>
internal sealed class DemoSteps(IMediator mediator, ActorContext actors, TimeProvider clock)
{
    private static readonly CandidacyStage[] ToContracting = [CandidacyStage.Qualification, CandidacyStage.Readiness, CandidacyStage.Contracting];

    /// <summary>The network's staff tick each mandatory readiness item with its evidence, then move the candidacy on to contracting.</summary>
    public async Task ToContractingAsync(Guid candidacyId, CancellationToken ct)
    {
        var candidacy = await mediator.Send(new GetCandidacy(candidacyId), ct);
        var today = ContractDay.Today(clock);
        foreach (var item in candidacy.Checklist.Where(i => i is { Mandatory: true, Done: false }))
            await mediator.Send(new RecordReadinessEvidence(candidacy.Id, item.Id, true, "Vérifié lors du comité de préparation", today, "compte-rendu-comite.pdf"), ct);
        foreach (var stage in ToContracting.Where(s => s > candidacy.Stage))
            await mediator.Send(new MoveCandidacy(candidacy.Id, stage, "Étape validée en comité"), ct);
    }

    /// <summary>Each party signs with its own account, as everyone must (docs/adr/0072): the head's admin, then the structure's.</summary>
    public async Task SignAsBothPartiesAsync(Guid licenceId, int version, Guid grantorId, OrganizationDto licensee, CancellationToken ct)
    {
        await AsAsync(Signatory(grantorId, Roles.NetworkAdmin, "Admin Les Triporteurs"), new SignContract<LicenceKind>(licenceId, version), ct);
        await AsAsync(Signatory(licensee.Id, Roles.StructureAdmin, $"Administrateur·rice {licensee.Name}"), new SignContract<LicenceKind>(licenceId, version + 1), ct);
    }

    private static Actor Signatory(Guid organizationId, string role, string name) => new(null, name, true, false, [new ActorMembership(organizationId, role)]);

    /// <summary>Sends one command as that person, then gives the scope back to the platform.</summary>
    private async Task AsAsync<T>(Actor actor, IRequest<T> command, CancellationToken ct)
    {
        var platform = actors.Current;
        actors.Current = actor;
        try
        {
            await mediator.Send(command, ct);
        }
        finally
        {
            actors.Current = platform;
        }
    }
}
