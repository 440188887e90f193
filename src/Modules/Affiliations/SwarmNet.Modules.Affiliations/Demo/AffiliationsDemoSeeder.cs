using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Modules;
using SwarmNet.ContractKernel.Demo;
using SwarmNet.Modules.Affiliations.Charter;
using SwarmNet.Modules.Affiliations.Domain;
using SwarmNet.Modules.Affiliations.Drafting;
using SwarmNet.Modules.Affiliations.Programmes;
using SwarmNet.Modules.Network.Contracts.Candidacies;
using SwarmNet.Modules.Network.Contracts.Networks;
using SwarmNet.Modules.Network.Contracts.Organizations;
using static SwarmNet.Modules.Affiliations.Demo.DemoAffiliations;

namespace SwarmNet.Modules.Affiliations.Demo;

/// <summary>
/// Loads <see cref="DemoAffiliations"/> after the Network demo, through the real commands, each step taken by its person
/// (the head's admin drafts, publishes and defines; each party signs; each affiliate's admin acknowledges and joins).
/// Runs once: a network that already has agreements is left alone.
/// </summary>
internal sealed class AffiliationsDemoSeeder(IMediator mediator, ActorContext actors, DbSession db, ContractDemo<AffiliationKind> demos, TimeProvider clock)
    : IDemoSeeder
{
    private sealed record Seeded(DemoAffiliate Demo, Guid AgreementId, OrganizationDto Affiliate);

    public int Order => 50;

    public async Task SeedAsync(CancellationToken ct)
    {
        var grantor = await FindOrganizationAsync(Grantor, ct);
        var network = (await mediator.Send(new ListNetworks(PageSize: 100, Search: NetworkName), ct)).Items.FirstOrDefault(n => n.Name == NetworkName);
        if (grantor is null || network is null || await db.ExecuteScalarAsync<long>(SeededSql, new { NetworkId = network.Id }, ct) > 0)
            return; // no Network demo to build on, or this demo already ran
        var today = ContractDay.Today(clock);
        var head = DemoActors.Person($"Admin {Grantor}", grantor.Id, Roles.NetworkAdmin);
        var candidacies = (await mediator.Send(new ListCandidacies(network.Id, PageSize: 100), ct)).Items;

        var seeded = new List<Seeded>();
        foreach (var demo in Affiliates)
            seeded.Add(await AffiliateAsync(demo, grantor, head, network.Id, candidacies, today, ct));
        for (var i = 0; i < CharterStory.Length; i++)
        {
            var published = today.AddDays(-CharterStory[i].DaysAgo);
            await mediator.SendAsAsync(actors, head, new PublishCharterVersion(network.Id, CharterStory[i].Summary, CharterStory[i].Text, AcknowledgeWithinDays, null, published), ct);
            foreach (var s in seeded.Where(s => s.Demo.Acknowledges[i] is not null))
                await mediator.SendAsAsync(actors, AdminOf(s.Affiliate), new AcknowledgeCharter(s.AgreementId, i + 1, published.AddDays(s.Demo.Acknowledges[i]!.Value)), ct);
        }
        var programme = await mediator.SendAsAsync(actors, head, new DefineProgramme(network.Id, ProgrammeKind.Purchasing, Purchasing,
            "Produits d'entretien et consommables négociés pour tout le réseau, livrés à chaque conciergerie."), ct);
        foreach (var s in seeded.Where(s => s.Demo.JoinsPurchasing))
            await mediator.SendAsAsync(actors, AdminOf(s.Affiliate), new JoinProgramme(s.AgreementId, programme.Id, today.AddDays(-90)), ct);
        await AffiliateAsync(Newcomer, grantor, head, network.Id, candidacies, today, ct);
    }

    /// <summary>The head drafts for the structure (registered by its SIRET when it is another network's), both parties sign.</summary>
    private async Task<Seeded> AffiliateAsync(DemoAffiliate demo, OrganizationDto grantor, Actor head, Guid networkId, IReadOnlyList<CandidacySummaryDto> candidacies,
        DateOnly today, CancellationToken ct)
    {
        var affiliate = demo.Siret is { } siret
            ? await mediator.SendAsAsync(actors, head, new RegisterOrganization(demo.Name, OrganizationKind.LocalStructure, LegalForm.AssociationLoi1901, siret, null, null, null,
                OnBehalfOf: grantor.Id), ct)
            : (await FindOrganizationAsync(demo.Name, ct))!;
        var effective = today.AddDays(1 - today.Day).AddMonths(demo.StartInMonths);
        var candidacy = candidacies.FirstOrDefault(c => c.StructureId == affiliate.Id);
        var draft = await mediator.SendAsAsync(actors, head, new DraftAffiliation(grantor.Id, affiliate.Id, networkId, candidacy?.Id, Content(effective)), ct);
        await demos.SignAsBothPartiesAsync(draft.Id, draft.Version, (grantor.Id, grantor.Name), (affiliate.Id, affiliate.Name), ct);
        await demos.DateAsync(draft.Id, DemoStory.Of(effective, signed: true, today), ct);
        return new Seeded(demo, draft.Id, affiliate);
    }

    private static Actor AdminOf(OrganizationDto affiliate) =>
        DemoActors.Person(affiliate.Referent?.Name ?? $"Administrateur·rice {affiliate.Name}", affiliate.Id, Roles.StructureAdmin);

    private async Task<OrganizationDto?> FindOrganizationAsync(string name, CancellationToken ct) =>
        (await mediator.Send(new ListOrganizations(PageSize: 100, Search: name), ct)).Items.FirstOrDefault(o => o.Name == name);

    internal const string SeededSql = "SELECT COUNT(*) FROM affiliations_contracts WHERE network_id = @NetworkId";
}
