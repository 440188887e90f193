using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Modules;
using SwarmNet.ContractKernel.Demo;
using SwarmNet.Modules.Licences.Domain;
using SwarmNet.Modules.Licences.Drafting;
using SwarmNet.Modules.Network.Contracts.Candidacies;
using SwarmNet.Modules.Network.Contracts.Networks;
using SwarmNet.Modules.Network.Contracts.Organizations;

namespace SwarmNet.Modules.Licences.Demo;

/// <summary>Loads <see cref="DemoLicences"/> through the real commands after the Network demo (Order 10); idempotent per licensee and brand.</summary>
internal sealed class LicencesDemoSeeder(IMediator mediator, DbSession db, ContractDemo<LicenceKind> demos, TimeProvider clock) : IDemoSeeder
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
            // The Network demo has taken each structure to where its licence stands (readiness, DIP): the same gates apply.
            var candidacy = candidacies.FirstOrDefault(c => c.StructureId == licensee.Id);
            var effective = thisMonth.AddMonths(demo.StartInMonths);
            var draft = await mediator.Send(new DraftLicence(grantor.Id, licensee.Id, network.Id, candidacy?.Id, DemoLicences.Content(demo, effective)), ct);
            if (demo.Sign)
                await demos.SignAsBothPartiesAsync(draft.Id, draft.Version, (grantor.Id, grantor.Name), (licensee.Id, licensee.Name), ct);
            await demos.DateAsync(draft.Id, DemoStory.Of(effective, demo.Sign, ContractDay.Today(clock)), ct);
        }
    }

    private async Task<OrganizationDto?> FindOrganizationAsync(string name, CancellationToken ct) =>
        (await mediator.Send(new ListOrganizations(PageSize: 100, Search: name), ct)).Items.FirstOrDefault(o => o.Name == name);

    internal const string CountSql = "SELECT COUNT(*) FROM licences_licences WHERE licensee_organization_id = @LicenseeId AND brand_key = @BrandKey";
}
