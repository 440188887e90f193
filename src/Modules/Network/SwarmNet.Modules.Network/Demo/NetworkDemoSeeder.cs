using MediatR;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Modules;
using SwarmNet.Modules.Network.Contracts.Candidacies;
using SwarmNet.Modules.Network.Contracts.Networks;
using SwarmNet.BuildingBlocks.Documents;
using SwarmNet.Modules.Network.Disclosures;
using SwarmNet.Modules.Network.Domain;

namespace SwarmNet.Modules.Network.Demo;

/// <summary>Loads <see cref="DemoCatalog"/> through the real commands, idempotently (by name and by structure/model).</summary>
internal sealed class NetworkDemoSeeder(IMediator mediator, DbSession db, TimeProvider clock) : IDemoSeeder
{
    public int Order => 10;

    public async Task SeedAsync(CancellationToken ct)
    {
        var organizations = new Dictionary<string, Guid>();
        foreach (var organization in DemoCatalog.Organizations)
        {
            var id = await db.QuerySingleOrDefaultAsync<Guid?>(OrganizationIdSql, new { organization.Name }, ct)
                     ?? (await mediator.Send(organization, ct)).Id;
            organizations[organization.Name] = id;
        }

        var networks = new Dictionary<string, Guid>();
        foreach (var network in DemoCatalog.Networks)
        {
            var owner = organizations[network.Owner];
            var id = await db.QuerySingleOrDefaultAsync<Guid?>(NetworkIdSql, new { Owner = owner, network.Name }, ct)
                     ?? (await mediator.Send(new CreateNetwork(owner, network.Name, network.Brands, network.Concept, null, null), ct)).Id;
            networks[network.Name] = id;
        }

        foreach (var candidacy in DemoCatalog.Candidacies)
        {
            var networkId = networks[candidacy.Network];
            var structureId = organizations[candidacy.Structure];
            if (await db.ExecuteScalarAsync<long>(CandidacyCountSql, new { NetworkId = networkId, StructureId = structureId, candidacy.Model }, ct) == 0)
                await OpenAndAdvanceAsync(candidacy, networkId, structureId, ct);
        }
    }

    private async Task OpenAndAdvanceAsync(DemoCatalog.DemoCandidacy demo, Guid networkId, Guid structureId, CancellationToken ct)
    {
        var opened = await mediator.Send(new OpenCandidacy(networkId, structureId, demo.Model, demo.Territory, "Premier contact"), ct);
        if (demo.DisclosureDaysAgo is { } daysAgo)
            await mediator.Send(new RecordDisclosure(opened.Id, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(-daysAgo),
                DisclosureHeadings.All.Select(h => h.ToString()).ToList(), new UploadedFile("dip-les-triporteurs.pdf", "application/pdf", DemoDip)), ct);
        // Closed candidacies were declined or withdrawn after qualification.
        var target = CandidacyStages.IsClosing(demo.Stage) ? CandidacyStage.Qualification : demo.Stage;
        var path = ForwardPath.Where(s => s <= target).ToList();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        foreach (var stage in path)
        {
            if (CandidacyStages.RequiresReadiness(stage))
                foreach (var item in opened.Checklist.Where(i => i.Mandatory))
                    await mediator.Send(new RecordReadinessEvidence(opened.Id, item.Id, true, "Vérifié lors du comité de préparation", today), ct);
            await mediator.Send(new MoveCandidacy(opened.Id, stage, "Étape validée en comité"), ct);
        }
        if (CandidacyStages.IsClosing(demo.Stage))
            await mediator.Send(new MoveCandidacy(opened.Id, demo.Stage, Reason: demo.Reason), ct);

        // Demo ages, so the pipeline view has candidacies of different ages (and one stuck).
        var changedAt = clock.GetUtcNow().AddDays(-demo.DaysInStage);
        await db.ExecuteAsync(BackdateSql, new { opened.Id, ChangedAt = changedAt, OpenedAt = changedAt.AddDays(-30 * path.Count) }, ct);
    }

    /// <summary>A stand-in for the network's DIP: a PDF header is what the document rules check.</summary>
    private static readonly byte[] DemoDip = "%PDF-1.4 Document d'information précontractuelle — Les Triporteurs (démonstration)"u8.ToArray();

    private static readonly CandidacyStage[] ForwardPath =
        [CandidacyStage.Qualification, CandidacyStage.Readiness, CandidacyStage.Contracting, CandidacyStage.Launched];

    internal const string OrganizationIdSql = "SELECT id FROM network_organizations WHERE name = @Name";

    internal const string NetworkIdSql = "SELECT id FROM network_networks WHERE owner_organization_id = @Owner AND name = @Name";

    internal const string CandidacyCountSql =
        "SELECT COUNT(*) FROM network_candidacies WHERE network_id = @NetworkId AND structure_id = @StructureId AND model = @Model";

    internal const string BackdateSql = "UPDATE network_candidacies SET opened_at = @OpenedAt, stage_changed_at = @ChangedAt WHERE id = @Id";
}
