using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.Modules.Network.Contracts.Access;
using SwarmNet.Modules.Network.Contracts.Organizations;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Modules.Network.Tests;

/// <summary>
/// One structure, several networks: a second head registering a SIRET already on the platform looks it up, is attached
/// to the same organisation (never a second one) and sees it; the structure's own people keep its details.
/// </summary>
public abstract class OrganizationAttachmentScenarios : NetworkScenarioBase
{
    private const string Siret = "55208131766522";
    private Task<OrganizationDto> RegisterAsync(string name, Actor by) =>
        Services.SendAsync(new RegisterOrganization(name, OrganizationKind.LocalStructure, LegalForm.Scic, Siret, null, null, "Pau"), by);

    private Task<long> CountAsync(string sql) => Services.QueryAsync<long>(sql).ContinueWith(t => t.Result.Single());

    [DbFact]
    public async Task A_second_head_registering_the_same_siret_is_attached_to_the_organisation_never_a_second_one()
    {
        var first = await RegisterAsync("La Fabrique", F.HeadStaff);
        await Services.SendAsync(new ProvisionUser("gerante@fabrique.invalid", "Gérante La Fabrique", AccessHttp.Password, false,
            [new ActorMembership(first.Id, Roles.StructureAdmin)]));
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new GetOrganization(first.Id), F.OutsiderAdmin));

        var found = await Services.SendAsync(new FindOrganizationBySiret(Siret), F.OutsiderAdmin);
        Assert.Equal((first.Id, "La Fabrique", false), (found.Id, found.Name, found.Attached));
        var attached = await RegisterAsync("Fabrique (saisie d'Ailleurs)", F.OutsiderAdmin);
        var again = await RegisterAsync("Encore", F.OutsiderAdmin);

        Assert.Equal((first.Id, "La Fabrique"), (attached.Id, attached.Name)); // the details sent are not written over the structure's
        Assert.Equal(first.Id, again.Id);
        Assert.Equal(1, await CountAsync($"SELECT COUNT(*) FROM network_organizations WHERE siret = '{Siret}'"));
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM network_organization_attachments"));
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM network_notifications WHERE notice_key LIKE 'network.attached:%'"));
        Assert.True((await Services.SendAsync(new FindOrganizationBySiret(Siret), F.OutsiderAdmin)).Attached);
        Assert.Equal("La Fabrique", (await Services.SendAsync(new GetOrganization(first.Id), F.OutsiderAdmin)).Name);
        Assert.Contains(first.Id, (await Services.SendAsync(new ListOrganizations(), F.OutsiderAdmin)).Items.Select(o => o.Id));
    }

    [DbFact]
    public async Task The_structures_own_admins_keep_its_details_once_it_has_them()
    {
        var fabrique = await RegisterAsync("La Fabrique", F.HeadStaff);
        await RegisterAsync("La Fabrique", F.OutsiderAdmin);
        UpdateOrganization Rename(int version, string name) =>
            new(fabrique.Id, version, name, LegalForm.Scic, Siret, null, null, "Pau", null, null);

        // No admin of its own yet: the head that registered it fills its details in; the one attached later never does.
        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SendAsync(Rename(1, "Par Ailleurs"), F.OutsiderAdmin));
        var renamed = await Services.SendAsync(Rename(1, "La Fabrique de Pau"), F.HeadStaff);
        await Services.SendAsync(new ProvisionUser("gerante@fabrique.invalid", "Gérante La Fabrique", AccessHttp.Password, false,
            [new ActorMembership(fabrique.Id, Roles.StructureAdmin)]));
        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SendAsync(Rename(renamed.Version, "Par Les Triporteurs"), F.HeadStaff));
        var own = await Services.SendAsync(Rename(renamed.Version, "La Fabrique, Pau"), NetworkFixture.Person("Gérante", fabrique.Id, Roles.StructureAdmin));
        Assert.Equal("La Fabrique, Pau", own.Name);
    }

    [DbFact]
    public async Task The_lookup_is_a_heads_with_a_valid_siret_and_says_when_none_is_registered()
    {
        await RegisterAsync("La Fabrique", F.HeadStaff);
        Assert.Equal("/siret", Assert.Single((await Assert.ThrowsAsync<InputValidationException>(() =>
            Services.SendAsync(new FindOrganizationBySiret("78778932879214"), F.OutsiderAdmin))).Errors).Path);
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new FindOrganizationBySiret("73282932000074"), F.OutsiderAdmin));
        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SendAsync(new FindOrganizationBySiret(Siret), F.StepAdmin));
        var head = await Assert.ThrowsAsync<InputValidationException>(() =>
            Services.SendAsync(new RegisterOrganization("Ailleurs bis", OrganizationKind.LocalStructure, LegalForm.Scic, Siret, null, null, null,
                OnBehalfOf: F.Head.Id), F.OutsiderAdmin));
        Assert.Equal("/onBehalfOf", Assert.Single(head.Errors).Path);
    }
}

public sealed class SqliteOrganizationAttachmentTests : OrganizationAttachmentScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[RequiresSqlServer]
public sealed class SqlServerOrganizationAttachmentTests : OrganizationAttachmentScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.SqlServer;
}
