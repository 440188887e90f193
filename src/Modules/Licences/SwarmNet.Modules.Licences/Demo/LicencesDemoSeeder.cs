using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Modules;
using SwarmNet.Modules.Licences.Domain;
using SwarmNet.Modules.Licences.Drafting;
using SwarmNet.Modules.Network.Contracts.Candidacies;
using SwarmNet.Modules.Network.Contracts.Networks;
using SwarmNet.Modules.Network.Contracts.Organizations;

namespace SwarmNet.Modules.Licences.Demo;

/// <summary>Loads <see cref="DemoLicences"/> through the real commands after the Network demo (Order 10); idempotent per licensee and brand.</summary>
internal sealed class LicencesDemoSeeder(IMediator mediator, DbSession db, DemoSteps steps, TimeProvider clock) : IDemoSeeder
{
    public int Order => 30;

    public async Task SeedAsync(CancellationToken ct)
    {
        var grantor = await FindOrganizationAsync(DemoLicences.Grantor, ct);
        var network = (await mediator.Send(new ListNetworks(PageSize: 100, Search: DemoLicences.Network), ct)).Items.FirstOrDefault(n => n.Name == DemoLicences.Network);
        if (grantor is null || network is null)
            return; // the Network demo did not run: nothing to attach licences to
        var candidacies = (await mediator.Send(new ListCandidacies(network.Id, PageSize: 100), ct)).Items;
        var thisMonth = ContractDay.Today(clock);
        thisMonth = thisMonth.AddDays(1 - thisMonth.Day);
        foreach (var demo in DemoLicences.All)
        {
            var licensee = await FindOrganizationAsync(demo.Licensee, ct);
            if (licensee is null || await db.ExecuteScalarAsync<long>(CountSql, new { LicenseeId = licensee.Id, BrandKey = LicensedBrand.KeyOf("Les Triporteurs") }, ct) > 0)
                continue;
            var candidacy = candidacies.FirstOrDefault(c => c.StructureId == licensee.Id);
            // A licence is signed once the structure's readiness is established (docs/adr/0073): the story completes it first.
            if (demo.Sign && candidacy is { Stage: < CandidacyStage.Contracting })
                await steps.ToContractingAsync(candidacy.Id, ct);
            var draft = await mediator.Send(new DraftLicence(grantor.Id, licensee.Id, network.Id, candidacy?.Id,
                DemoLicences.Content(demo, thisMonth.AddMonths(demo.StartInMonths))), ct);
            if (demo.Sign)
                await steps.SignAsBothPartiesAsync(draft.Id, draft.Version, grantor.Id, licensee, ct);
        }
    }

    private async Task<OrganizationDto?> FindOrganizationAsync(string name, CancellationToken ct) =>
        (await mediator.Send(new ListOrganizations(PageSize: 100, Search: name), ct)).Items.FirstOrDefault(o => o.Name == name);

    internal const string CountSql = "SELECT COUNT(*) FROM licences_licences WHERE licensee_organization_id = @LicenseeId AND brand_key = @BrandKey";
}
