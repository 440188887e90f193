using SwarmNet.BuildingBlocks.Modules;
using SwarmNet.ContractKernel.Signing;
using SwarmNet.Modules.Network.Contracts.Organizations;

namespace SwarmNet.Modules.Licences.Demo;

/// <summary>The steps of the demo's story that its people take: each party signing with its own account.</summary>
internal sealed class DemoSteps(IMediator mediator, ActorContext actors)
{
    /// <summary>Each party signs with its own account, as everyone must (docs/adr/0072): the head's admin, then the structure's.</summary>
    public async Task SignAsBothPartiesAsync(Guid licenceId, int version, Guid grantorId, OrganizationDto licensee, CancellationToken ct)
    {
        await AsAsync(Signatory(grantorId, Roles.NetworkAdmin, "Admin Les Triporteurs"), new SignContract<LicenceKind>(licenceId, version), ct);
        await AsAsync(Signatory(licensee.Id, Roles.StructureAdmin, $"Administrateur·rice {licensee.Name}"), new SignContract<LicenceKind>(licenceId, version + 1), ct);
    }

    private static Actor Signatory(Guid organizationId, string role, string name) => DemoActors.Person(name, organizationId, role);

    private Task AsAsync<T>(Actor actor, IRequest<T> command, CancellationToken ct) => mediator.SendAsAsync(actors, actor, command, ct);
}
