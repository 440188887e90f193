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
public abstract class OrganizationAttachmentScenarios : IAsyncLifetime
{
    private const string Siret = "55208131766522";
    private TestDatabase _database = null!;
    private TestServices _services = null!;
    private NetworkFixture _f = null!;

    protected abstract DatabaseProvider Provider { get; }

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(Provider);
        _services = await TestServices.StartAsync(_database, s => s.AddNetworkModule());
        _f = await NetworkFixture.CreateAsync(_services);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    private Task<OrganizationDto> RegisterAsync(string name, Actor by) =>
        _services.SendAsync(new RegisterOrganization(name, OrganizationKind.LocalStructure, LegalForm.Scic, Siret, null, null, "Pau"), by);

    private Task<long> CountAsync(string sql) => _services.QueryAsync<long>(sql).ContinueWith(t => t.Result.Single());

    [DbFact]
    public async Task A_second_head_registering_the_same_siret_is_attached_to_the_organisation_never_a_second_one()
    {
        var first = await RegisterAsync("La Fabrique", _f.HeadStaff);
        await _services.SendAsync(new ProvisionUser("gerante@fabrique.invalid", "Gérante La Fabrique", AccessHttp.Password, false,
            [new ActorMembership(first.Id, Roles.StructureAdmin)]));
        await Assert.ThrowsAsync<NotFoundException>(() => _services.SendAsync(new GetOrganization(first.Id), _f.OutsiderAdmin));

        var found = await _services.SendAsync(new FindOrganizationBySiret(Siret), _f.OutsiderAdmin);
        Assert.Equal((first.Id, "La Fabrique", false), (found.Id, found.Name, found.Attached));
        var attached = await RegisterAsync("Fabrique (saisie d'Ailleurs)", _f.OutsiderAdmin);
        var again = await RegisterAsync("Encore", _f.OutsiderAdmin);

        Assert.Equal((first.Id, "La Fabrique"), (attached.Id, attached.Name)); // the details sent are not written over the structure's
        Assert.Equal(first.Id, again.Id);
        Assert.Equal(1, await CountAsync($"SELECT COUNT(*) FROM network_organizations WHERE siret = '{Siret}'"));
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM network_organization_attachments"));
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM network_notifications WHERE notice_key LIKE 'network.attached:%'"));
        Assert.True((await _services.SendAsync(new FindOrganizationBySiret(Siret), _f.OutsiderAdmin)).Attached);
        Assert.Equal("La Fabrique", (await _services.SendAsync(new GetOrganization(first.Id), _f.OutsiderAdmin)).Name);
        Assert.Contains(first.Id, (await _services.SendAsync(new ListOrganizations(), _f.OutsiderAdmin)).Items.Select(o => o.Id));
    }

    [DbFact]
    public async Task The_structures_own_admins_keep_its_details_once_it_has_them()
    {
        var fabrique = await RegisterAsync("La Fabrique", _f.HeadStaff);
        await RegisterAsync("La Fabrique", _f.OutsiderAdmin);
        UpdateOrganization Rename(int version, string name) =>
            new(fabrique.Id, version, name, LegalForm.Scic, Siret, null, null, "Pau", null, null);

        // No admin of its own yet: the head that registered it fills its details in; the one attached later never does.
        await Assert.ThrowsAsync<ForbiddenException>(() => _services.SendAsync(Rename(1, "Par Ailleurs"), _f.OutsiderAdmin));
        var renamed = await _services.SendAsync(Rename(1, "La Fabrique de Pau"), _f.HeadStaff);
        await _services.SendAsync(new ProvisionUser("gerante@fabrique.invalid", "Gérante La Fabrique", AccessHttp.Password, false,
            [new ActorMembership(fabrique.Id, Roles.StructureAdmin)]));
        await Assert.ThrowsAsync<ForbiddenException>(() => _services.SendAsync(Rename(renamed.Version, "Par Les Triporteurs"), _f.HeadStaff));
        var own = await _services.SendAsync(Rename(renamed.Version, "La Fabrique, Pau"), NetworkFixture.Person("Gérante", fabrique.Id, Roles.StructureAdmin));
        Assert.Equal("La Fabrique, Pau", own.Name);
    }

    [DbFact]
    public async Task The_lookup_is_a_heads_with_a_valid_siret_and_says_when_none_is_registered()
    {
        await RegisterAsync("La Fabrique", _f.HeadStaff);
        Assert.Equal("/siret", Assert.Single((await Assert.ThrowsAsync<InputValidationException>(() =>
            _services.SendAsync(new FindOrganizationBySiret("78778932879214"), _f.OutsiderAdmin))).Errors).Path);
        await Assert.ThrowsAsync<NotFoundException>(() => _services.SendAsync(new FindOrganizationBySiret("73282932000074"), _f.OutsiderAdmin));
        await Assert.ThrowsAsync<ForbiddenException>(() => _services.SendAsync(new FindOrganizationBySiret(Siret), _f.StepAdmin));
        var head = await Assert.ThrowsAsync<InputValidationException>(() =>
            _services.SendAsync(new RegisterOrganization("Ailleurs bis", OrganizationKind.LocalStructure, LegalForm.Scic, Siret, null, null, null,
                OnBehalfOf: _f.Head.Id), _f.OutsiderAdmin));
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
