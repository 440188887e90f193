using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Outbox;
using SwarmNet.Modules.Network.Contracts.Organizations;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Modules.Network.Tests;

/// <summary>The organisation use cases, run on each database by the subclasses below.</summary>
public abstract class OrganizationScenarios : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private TestServices _services = null!;

    protected abstract DatabaseProvider Provider { get; }

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(Provider);
        _services = await TestServices.StartAsync(_database, s => s.AddNetworkModule());
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    [DbFact]
    public async Task Registers_then_reads_an_organization_and_announces_it()
    {
        var created = await _services.SendAsync(new RegisterOrganization("  STEP ", OrganizationKind.LocalStructure, LegalForm.EntrepriseInsertion, "73282932000074", null, "64000", "Pau", "EI 64-001",
            new Referent("Référente STEP", "Directrice adjointe", "referente@step.invalid", null, 30)));

        var read = await _services.SendAsync(new GetOrganization(created.Id));
        Assert.Equal(created, read);
        Assert.Equal("STEP", read.Name);
        Assert.Equal(ManualClock.DefaultStart, read.CreatedAt);
        Assert.Equal(30, read.Referent!.DedicatedTimePercent);
        Assert.Equal(1, read.Version);
        var events = await _services.QueryAsync<string>("SELECT event_name FROM platform_outbox");
        Assert.Equal(["network.organization-registered.v1"], events);
        Assert.Equal(1, await _services.Get<OutboxDispatcher>().DispatchPendingAsync());
    }

    [DbFact]
    public async Task Unknown_id_is_not_found() =>
        await Assert.ThrowsAsync<NotFoundException>(() => _services.SendAsync(new GetOrganization(Guid.CreateVersion7())));

    [DbFact]
    public async Task Invalid_input_names_every_field_and_writes_nothing()
    {
        var error = await Assert.ThrowsAsync<InputValidationException>(() =>
            _services.SendAsync(new RegisterOrganization("", (OrganizationKind)42, LegalForm.EntrepriseInsertion, "123", null, "640", new string('x', 101), null,
                new Referent("", "Référente", "pas-un-email", null, 130))));

        Assert.Equal(["/city", "/iaeApproval", "/kind", "/name", "/postalCode", "/referent/dedicatedTimePercent", "/referent/email", "/referent/name", "/siret"],
            error.Errors.Select(e => e.Path).Order(StringComparer.Ordinal));
        Assert.Equal(0L, Assert.Single(await _services.QueryAsync<long>("SELECT COUNT(*) FROM network_organizations")));
    }

    [DbFact]
    public async Task A_siret_belongs_to_one_organization()
    {
        await _services.SendAsync(new RegisterOrganization("STEP", OrganizationKind.LocalStructure, LegalForm.Scop, "73282932000074", null, null, "Pau"));
        var error = await Assert.ThrowsAsync<InputValidationException>(() =>
            _services.SendAsync(new RegisterOrganization("Autre", OrganizationKind.LocalStructure, LegalForm.Scop, "73282932000074", null, null, "Pau")));
        Assert.Equal("/siret", Assert.Single(error.Errors).Path);
    }

    [DbFact]
    public async Task Lists_pages_sorts_and_filters()
    {
        foreach (var (name, kind, city) in new[]
                 {
                     ("Simplon", OrganizationKind.NetworkHead, "Montreuil"), ("STEP", OrganizationKind.LocalStructure, "Pau"),
                     ("Les Triporteurs", OrganizationKind.NetworkHead, "Bordeaux"), ("Atelier 100%", OrganizationKind.LocalStructure, "Lyon"),
                     ("Régie de quartier", OrganizationKind.Both, "Lille"),
                 })
        {
            await _services.SendAsync(new RegisterOrganization(name, kind, LegalForm.AssociationLoi1901, null, null, null, city));
            _services.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var first = await _services.SendAsync(new ListOrganizations(Page: 1, PageSize: 2, Sort: "name"));
        Assert.Equal(5, first.Total);
        Assert.Equal(3, first.TotalPages);
        Assert.Equal(["Atelier 100%", "Les Triporteurs"], first.Items.Select(o => o.Name));

        var last = await _services.SendAsync(new ListOrganizations(Page: 3, PageSize: 2, Sort: "name"));
        Assert.Equal(["STEP"], last.Items.Select(o => o.Name));

        var newest = await _services.SendAsync(new ListOrganizations(Sort: "-createdAt", PageSize: 1));
        Assert.Equal("Régie de quartier", Assert.Single(newest.Items).Name);

        var heads = await _services.SendAsync(new ListOrganizations(Kind: OrganizationKind.NetworkHead, Sort: "-city"));
        Assert.Equal(["Simplon", "Les Triporteurs"], heads.Items.Select(o => o.Name));

        var percent = await _services.SendAsync(new ListOrganizations(Search: "100%"));
        Assert.Equal(["Atelier 100%"], percent.Items.Select(o => o.Name));
    }

    [DbFact]
    public async Task Listing_rejects_bad_paging_and_unknown_sort()
    {
        var error = await Assert.ThrowsAsync<InputValidationException>(() =>
            _services.SendAsync(new ListOrganizations(Page: 0, PageSize: 500, Sort: "siret")));
        Assert.Equal(["/page", "/pageSize", "/sort"], error.Errors.Select(e => e.Path).Order());
    }
}

public sealed class SqliteOrganizationTests : OrganizationScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[RequiresSqlServer]
public sealed class SqlServerOrganizationTests : OrganizationScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.SqlServer;
}
