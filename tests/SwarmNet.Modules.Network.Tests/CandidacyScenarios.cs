using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Documents;
using SwarmNet.BuildingBlocks.Outbox;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.Modules.Network.Contracts.Candidacies;
using SwarmNet.Modules.Network.Contracts.Networks;
using SwarmNet.Modules.Network.Contracts.Organizations;
using SwarmNet.Modules.Network.Readiness;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Modules.Network.Tests;

/// <summary>The onboarding pipeline through its commands, on each database.</summary>
public abstract class CandidacyScenarios : IAsyncLifetime
{
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

    private Task<CandidacyDto> OpenStepAsync() =>
        _services.SendAsync(new OpenCandidacy(_f.Network.Id, _f.Step.Id, "Livraison à vélo cargo", "Pau", "Rencontre au salon ESS"), _f.HeadStaff);

    private Task<CandidacyDto> MoveAsync(Guid id, CandidacyStage to, string? reason = null) =>
        _services.SendAsync(new MoveCandidacy(id, to, "comité", reason), _f.HeadStaff);

    [DbFact]
    public async Task A_new_network_gets_the_default_readiness_checklist()
    {
        Assert.Equal(["REFERENT", "IMPACT", "ADAPTATION", "FINANCING", "EXIT_TERMS", "TRUST"], _f.Network.ReadinessChecklist.Select(i => i.Code));
        Assert.All(_f.Network.ReadinessChecklist, i => Assert.True(i.Mandatory));

        await Assert.ThrowsAsync<ForbiddenException>(() => _services.SendAsync(
            new CreateNetwork(_f.Head.Id, "Autre", ["X"], null, null, null), _f.HeadStaff));
        var notAHead = await Assert.ThrowsAsync<InputValidationException>(() => _services.SendAsync(
            new CreateNetwork(_f.Step.Id, "Réseau STEP", ["STEP"], null, null, null)));
        Assert.Equal("/ownerOrganizationId", Assert.Single(notAHead.Errors).Path);
    }

    [DbFact]
    public async Task Contracting_is_refused_while_a_mandatory_item_is_open_and_the_error_lists_exactly_which()
    {
        var candidacy = await OpenStepAsync();
        Assert.Equal(CandidacyStage.Lead, candidacy.Stage);
        Assert.Equal(6, candidacy.Checklist.Count);
        await MoveAsync(candidacy.Id, CandidacyStage.Qualification);
        await MoveAsync(candidacy.Id, CandidacyStage.Readiness);
        foreach (var item in candidacy.Checklist.Where(i => i.Code is not "FINANCING" and not "TRUST"))
            await _services.SendAsync(new RecordReadinessEvidence(candidacy.Id, item.Id, true, "Validé", new DateOnly(2026, 11, 2)), _f.StepAdmin);

        var refused = await Assert.ThrowsAsync<InputValidationException>(() => MoveAsync(candidacy.Id, CandidacyStage.Contracting));
        Assert.Equal(["/checklist/3", "/checklist/5"], refused.Errors.Select(e => e.Path));
        Assert.Contains("financement", refused.Errors[0].Message, StringComparison.Ordinal);

        foreach (var item in candidacy.Checklist.Where(i => i.Code is "FINANCING" or "TRUST"))
            await _services.SendAsync(new AttachReadinessEvidence(candidacy.Id, item.Id, "Plan validé", new DateOnly(2026, 11, 20),
                new UploadedFile("plan-financement.pdf", "application/pdf", "%PDF-1.7 plan"u8.ToArray())), _f.HeadStaff);
        var contracting = await MoveAsync(candidacy.Id, CandidacyStage.Contracting);

        Assert.Equal(CandidacyStage.Contracting, contracting.Stage);
        var stages = contracting.History.Where(h => h.Kind == CandidacyEventKind.StageChanged).ToList();
        Assert.Equal([null, CandidacyStage.Lead, CandidacyStage.Qualification, CandidacyStage.Readiness], stages.Select(h => h.From));
        Assert.Equal("Chargée de réseau", stages[^1].ActorName);
        Assert.Equal("Rencontre au salon ESS", stages[0].Comment);
        Assert.Equal(new DateOnly(2026, 11, 2), contracting.Checklist[0].EvidenceDate);
        Assert.Equal("plan-financement.pdf", contracting.Checklist[3].EvidenceFile!.FileName);
    }

    [DbFact]
    public async Task Stage_rules_reasons_and_roles()
    {
        var candidacy = await OpenStepAsync();
        var skip = await Assert.ThrowsAsync<InputValidationException>(() => MoveAsync(candidacy.Id, CandidacyStage.Readiness));
        Assert.Equal("/to", Assert.Single(skip.Errors).Path);
        var noReason = await Assert.ThrowsAsync<InputValidationException>(() => MoveAsync(candidacy.Id, CandidacyStage.Declined));
        Assert.Equal("/reason", Assert.Single(noReason.Errors).Path);
        await Assert.ThrowsAsync<ForbiddenException>(() =>
            _services.SendAsync(new MoveCandidacy(candidacy.Id, CandidacyStage.Qualification), _f.StepAdmin));

        var withdrawn = await _services.SendAsync(new MoveCandidacy(candidacy.Id, CandidacyStage.Withdrawn, Reason: "Projet reporté"), _f.StepAdmin);
        Assert.Equal("Projet reporté", withdrawn.ClosingReason);
        await Assert.ThrowsAsync<InputValidationException>(() => MoveAsync(candidacy.Id, CandidacyStage.Qualification));
        await Assert.ThrowsAsync<InputValidationException>(() =>
            _services.SendAsync(new RecordReadinessEvidence(candidacy.Id, candidacy.Checklist[0].Id, true), _f.HeadStaff));
    }

    [DbFact]
    public async Task A_networks_open_candidacy_count_covers_only_what_the_reader_may_see()
    {
        await OpenStepAsync();
        await _services.SendAsync(new OpenCandidacy(_f.Network.Id, _f.Other.Id, "Livraison à vélo cargo", "Lyon"), _f.HeadStaff);
        await _services.SendAsync(new OpenCandidacy(_f.Network.Id, _f.Other.Id, "Conciergerie", "Lyon"), _f.HeadStaff);

        Assert.Equal(3, (await _services.SendAsync(new ListNetworks(), _f.HeadStaff)).Items.Single().OpenCandidacies);
        Assert.Equal(1, (await _services.SendAsync(new ListNetworks(), _f.StepAdmin)).Items.Single().OpenCandidacies);
        Assert.Empty((await _services.SendAsync(new ListNetworks(), _f.OutsiderAdmin)).Items);
    }

    [DbFact]
    public async Task A_stale_version_is_a_conflict()
    {
        var candidacy = await OpenStepAsync();
        await MoveAsync(candidacy.Id, CandidacyStage.Qualification);
        await Assert.ThrowsAsync<ConflictException>(() =>
            _services.SendAsync(new MoveCandidacy(candidacy.Id, CandidacyStage.Readiness, Version: candidacy.Version), _f.HeadStaff));
    }

    [DbFact]
    public async Task Outsiders_see_nothing_and_structures_see_their_own()
    {
        var candidacy = await OpenStepAsync();

        await Assert.ThrowsAsync<NotFoundException>(() => _services.SendAsync(new GetCandidacy(candidacy.Id), _f.OutsiderAdmin));
        await Assert.ThrowsAsync<NotFoundException>(() => _services.SendAsync(new GetNetwork(_f.Network.Id), _f.OutsiderAdmin));
        await Assert.ThrowsAsync<NotFoundException>(() => _services.SendAsync(new GetOrganization(_f.Step.Id), _f.OutsiderAdmin));
        await Assert.ThrowsAsync<NotFoundException>(() => _services.SendAsync(new GetPipeline(_f.Network.Id), _f.OutsiderAdmin));
        var outsiderSees = await _services.SendAsync(new ListOrganizations(), _f.OutsiderAdmin);
        Assert.Equal(["Ailleurs"], outsiderSees.Items.Select(o => o.Name));

        Assert.Equal(candidacy.Id, (await _services.SendAsync(new GetCandidacy(candidacy.Id), _f.StepAdmin)).Id);
        Assert.Equal(_f.Network.Id, (await _services.SendAsync(new GetNetwork(_f.Network.Id), _f.StepAdmin)).Id);
        await Assert.ThrowsAsync<ForbiddenException>(() => _services.SendAsync(new GetPipeline(_f.Network.Id), _f.StepAdmin));
        var headSees = await _services.SendAsync(new ListOrganizations(Sort: "name"), _f.HeadAdmin);
        Assert.Equal(["Les Triporteurs", "Roule Ma Poule", "STEP"], headSees.Items.Select(o => o.Name));
        var stepSees = await _services.SendAsync(new ListOrganizations(Sort: "name"), _f.StepAdmin);
        Assert.Equal(["STEP"], stepSees.Items.Select(o => o.Name));
    }

    [DbFact]
    public async Task Editing_the_template_leaves_open_candidacies_as_they_were()
    {
        var before = await OpenStepAsync();
        var edited = _f.Network.ReadinessChecklist.Select(i => i.Code == "TRUST" ? i with { Label = "Deux rencontres consignées", Mandatory = false } : i)
            .Append(new ChecklistTemplateItem("INSURANCE", "Attestation d'assurance fournie", true)).ToList();

        var network = await _services.SendAsync(new UpdateReadinessChecklist(_f.Network.Id, _f.Network.Version, edited), _f.HeadAdmin);
        var after = await _services.SendAsync(new OpenCandidacy(_f.Network.Id, _f.Other.Id, "Livraison à vélo cargo", "Lyon"), _f.HeadStaff);

        Assert.Equal(7, network.ReadinessChecklist.Count);
        Assert.Equal(before.Checklist.Select(i => (i.Code, i.Label, i.Mandatory)),
            (await _services.SendAsync(new GetCandidacy(before.Id))).Checklist.Select(i => (i.Code, i.Label, i.Mandatory)));
        Assert.Equal(("Deux rencontres consignées", false), (after.Checklist[5].Label, after.Checklist[5].Mandatory));
        Assert.Equal("INSURANCE", after.Checklist[6].Code);

        await Assert.ThrowsAsync<ConflictException>(() => _services.SendAsync(new UpdateReadinessChecklist(_f.Network.Id, _f.Network.Version, edited), _f.HeadAdmin));
        var duplicate = await Assert.ThrowsAsync<InputValidationException>(() => _services.SendAsync(
            new UpdateReadinessChecklist(_f.Network.Id, network.Version, [.. edited, new ChecklistTemplateItem("TRUST", "Encore", true)]), _f.HeadAdmin));
        Assert.Equal("/items/7", Assert.Single(duplicate.Errors).Path);
    }

    [DbFact]
    public async Task An_activated_contract_launches_the_open_candidacy_once()
    {
        var candidacy = await OpenStepAsync();
        await MoveAsync(candidacy.Id, CandidacyStage.Qualification);
        var contractId = Guid.CreateVersion7();
        var activated = new ContractActivated(contractId, "licence", _f.Head.Id, _f.Step.Id, null, new DateOnly(2026, 12, 1));

        await PublishAsync(activated);
        await PublishAsync(activated); // the same fact delivered twice
        var dispatcher = _services.Get<OutboxDispatcher>();
        while (await dispatcher.DispatchPendingAsync() > 0) { }

        var launched = await _services.SendAsync(new GetCandidacy(candidacy.Id));
        Assert.Equal(CandidacyStage.Launched, launched.Stage);
        Assert.Equal(contractId, launched.ContractId);
        var launch = Assert.Single(launched.History, h => h.To == CandidacyStage.Launched);
        Assert.Equal(CandidacyStage.Qualification, launch.From);
        Assert.Equal("SwarmNet (contrat activé)", launch.ActorName);
        Assert.Contains("01/12/2026", launch.Comment, StringComparison.Ordinal);
        var pending = await _services.QueryAsync<long>("SELECT COUNT(*) FROM platform_outbox WHERE dispatched_at IS NULL");
        Assert.Equal(0L, Assert.Single(pending));
    }

    [DbFact]
    public async Task A_candidacy_launched_with_no_contract_behind_it_gets_the_contract_activated_for_it()
    {
        var candidacy = await OpenStepAsync();
        // Launched by hand before any contract module existed, as the demo's Conciergerie candidacy of STEP was.
        await using (var scope = _services.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DbSession>().ExecuteAsync("UPDATE network_candidacies SET stage = 'Launched' WHERE id = @Id", new { candidacy.Id });
        Assert.Null((await _services.SendAsync(new GetCandidacy(candidacy.Id))).ContractId);

        var contractId = Guid.CreateVersion7();
        await PublishAsync(new ContractActivated(contractId, "affiliation", _f.Head.Id, _f.Step.Id, _f.Network.Id, new DateOnly(2026, 6, 1)));
        await PublishAsync(new ContractActivated(Guid.CreateVersion7(), "licence", _f.Head.Id, _f.Step.Id, _f.Network.Id, new DateOnly(2026, 12, 1)));
        var dispatcher = _services.Get<OutboxDispatcher>();
        while (await dispatcher.DispatchPendingAsync() > 0) { }

        Assert.Empty(await _services.QueryAsync<string>("SELECT last_error FROM platform_outbox WHERE last_error IS NOT NULL"));
        var launched = await _services.SendAsync(new GetCandidacy(candidacy.Id));
        Assert.Equal((CandidacyStage.Launched, contractId), (launched.Stage, launched.ContractId)); // the first contract stays the one behind it
        Assert.DoesNotContain(launched.History, h => h.To == CandidacyStage.Launched); // linked, not moved again
    }

    private async Task PublishAsync(ContractActivated activated)
    {
        await using var scope = _services.Services.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<DbSession>();
        await session.BeginAsync(CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<BuildingBlocks.Outbox.Outbox>().PublishAsync(activated, CancellationToken.None);
        await session.CommitAsync(CancellationToken.None);
    }

    [DbFact]
    public async Task The_pipeline_counts_ages_and_stuck_candidacies()
    {
        var step = await OpenStepAsync();
        _services.Clock.Advance(TimeSpan.FromDays(40));
        var other = await _services.SendAsync(new OpenCandidacy(_f.Network.Id, _f.Other.Id, "Livraison à vélo cargo", "Lyon"), _f.HeadStaff);
        await MoveAsync(other.Id, CandidacyStage.Qualification);
        _services.Clock.Advance(TimeSpan.FromDays(10));

        var pipeline = await _services.SendAsync(new GetPipeline(_f.Network.Id, StuckAfterDays: 30), _f.HeadAdmin);

        var lead = pipeline.Stages.Single(s => s.Stage == CandidacyStage.Lead);
        Assert.Equal((1, 50, 50), (lead.Count, lead.AverageDaysInStage, lead.MaxDaysInStage));
        Assert.Equal(1, pipeline.Stages.Single(s => s.Stage == CandidacyStage.Qualification).Count);
        Assert.Equal([step.Id], pipeline.Stuck.Select(c => c.Id));
        Assert.Equal(6, pipeline.Stuck[0].OpenMandatoryItems);

        var page = await _services.SendAsync(new ListCandidacies(_f.Network.Id, Stage: CandidacyStage.Qualification), _f.HeadStaff);
        Assert.Equal(["Roule Ma Poule"], page.Items.Select(c => c.StructureName));
    }
}

public sealed class SqliteCandidacyTests : CandidacyScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[RequiresSqlServer]
public sealed class SqlServerCandidacyTests : CandidacyScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.SqlServer;
}
