using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Modules;
using SwarmNet.Modules.Network.Contracts.Candidacies;
using SwarmNet.Modules.Network.Contracts.Networks;
using SwarmNet.Modules.Network.Contracts.Organizations;

namespace SwarmNet.Modules.Partnerships.Demo;

/// <summary>
/// Loads <see cref="DemoPartnerships"/> after the Network demo (Order 10), which registers the partners and the Région as
/// funder: Pau from the quarter two years back (eight quarters reported), the Pays basque from a year back. Idempotent by title.
/// </summary>
internal sealed class PartnershipsDemoSeeder(IMediator mediator, DbSession db, DemoStory story, TimeProvider clock) : IDemoSeeder
{
    public int Order => 50;

    public async Task SeedAsync(CancellationToken ct)
    {
        var (simplon, step, fabrique) = (await FindAsync(DemoPartnerships.Lead, ct), await FindAsync("STEP", ct), await FindAsync("Tiers-lieu La Fabrique", ct));
        var region = await FindAsync(DemoPartnerships.Funder, ct);
        var network = (await mediator.Send(new ListNetworks(PageSize: 100, Search: DemoPartnerships.Network), ct)).Items.FirstOrDefault(n => n.Name == DemoPartnerships.Network);
        if (simplon is null || step is null || fabrique is null || region is null || network is null)
            return; // the Network demo did not run: nobody to be partners
        var today = ContractDay.Today(clock);
        var quarter = new DateOnly(today.Year, (today.Month - 1) / 3 * 3 + 1, 1);
        var candidacy = (await mediator.Send(new ListCandidacies(network.Id, PageSize: 100), ct)).Items.FirstOrDefault(c => c.StructureId == step.Id);

        if (!await ExistsAsync(DemoPartnerships.Pau, ct))
            await story.TellAsync(DemoPartnerships.PauContent(simplon.Id, step.Id, region.Id, quarter.AddYears(-2)), network.Id, candidacy?.Id,
                [Head(simplon), Structure(step), Structure(region)], DemoIndicators.Pau, lateInstalments: 1, ["BILAN-2"], ct);
        if (!await ExistsAsync(DemoPartnerships.PaysBasque, ct))
            await story.TellAsync(DemoPartnerships.PaysBasqueContent(simplon.Id, fabrique.Id, quarter.AddYears(-1)), network.Id, null,
                [Head(simplon), Structure(fabrique)], DemoIndicators.PaysBasque, lateInstalments: 0, [], ct);
    }

    private static DemoStory.Cast Head(OrganizationDto o) => new(o.Id, o.Name, Roles.NetworkAdmin);

    private static DemoStory.Cast Structure(OrganizationDto o) => new(o.Id, o.Name, Roles.StructureAdmin);

    private async Task<OrganizationDto?> FindAsync(string name, CancellationToken ct) =>
        (await mediator.Send(new ListOrganizations(PageSize: 100, Search: name), ct)).Items.FirstOrDefault(o => o.Name == name);

    private async Task<bool> ExistsAsync(string title, CancellationToken ct) => await db.ExecuteScalarAsync<long>(CountSql, new { Title = title }, ct) > 0;

    internal const string CountSql = "SELECT COUNT(*) FROM partnerships_contracts WHERE title = @Title";
}
