using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.Modules.Network.Contracts.Access;
using SwarmNet.Web.Layout;
using Xunit;

namespace SwarmNet.Web.Tests.Components;

public sealed class WorkspaceTests
{
    private static readonly Guid Simplon = Guid.CreateVersion7(), Triporteurs = Guid.CreateVersion7();

    private static readonly MeDto Step = new(Guid.CreateVersion7(), "referente@step.invalid", "Référente", false,
        [new MeMembershipDto(Simplon, "Simplon", Roles.NetworkAdmin), new MeMembershipDto(Triporteurs, "Les Triporteurs", Roles.StructureAdmin)]);

    [Fact]
    public void The_chosen_organisation_gives_the_persona()
    {
        Assert.Equal(Persona.Structure, Workspace.For(Step, Triporteurs).Persona);
        Assert.Equal(Persona.NetworkHead, Workspace.For(Step, Simplon).Persona);
    }

    [Fact]
    public void A_choice_the_user_no_longer_belongs_to_falls_back_to_the_first_organisation()
    {
        Assert.Equal(Simplon, Workspace.For(Step, Guid.CreateVersion7()).OrganizationId);
        Assert.Equal(Simplon, Workspace.For(Step, null).OrganizationId);
    }

    [Fact]
    public void Without_organisation_there_is_no_persona() =>
        Assert.Equal(Persona.None, Workspace.For(Step with { Memberships = [] }, null).Persona);
}
