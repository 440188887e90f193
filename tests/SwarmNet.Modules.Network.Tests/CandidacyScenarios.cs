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
public abstract class CandidacyScenarios : NetworkScenarioBase
{
    private Task<CandidacyDto> OpenStepAsync() =>
        Services.SendAsync(new OpenCandidacy(F.Network.Id, F.Step.Id, "Livraison à vélo cargo", "Pau", "Rencontre au salon ESS"), F.HeadStaff);

    private Task<CandidacyDto> MoveAsync(Guid id, CandidacyStage to, string? reason = null) =>
        Services.SendAsync(new MoveCandidacy(id, to, "comité", reason), F.HeadStaff);

    [DbFact]
    public async Task A_new_network_gets_the_default_readiness_checklist()
    {
        Assert.Equal(["REFERENT", "IMPACT", "ADAPTATION", "FINANCING", "EXIT_TERMS", "TRUST"], F.Network.ReadinessChecklist.Select(i => i.Code));
        Assert.All(F.Network.ReadinessChecklist, i => Assert.True(i.Mandatory));

        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SendAsync(
            new CreateNetwork(F.Head.Id, "Autre", ["X"], null, null, null), F.HeadStaff));
        var notAHead = await Assert.ThrowsAsync<InputValidationException>(() => Services.SendAsync(
            new CreateNetwork(F.Step.Id, "Réseau STEP", ["STEP"], null, null, null)));
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
            await Services.SendAsync(new RecordReadinessEvidence(candidacy.Id, item.Id, true, "Validé", new DateOnly(2026, 11, 2)), F.StepAdmin);

        var refused = await Assert.ThrowsAsync<InputValidationException>(() => MoveAsync(candidacy.Id, CandidacyStage.Contracting));
        Assert.Equal(["/checklist/3", "/checklist/5"], refused.Errors.Select(e => e.Path));
        Assert.Contains("financement", refused.Errors[0].Message, StringComparison.Ordinal);

        foreach (var item in candidacy.Checklist.Where(i => i.Code is "FINANCING" or "TRUST"))
            await Services.SendAsync(new AttachReadinessEvidence(candidacy.Id, item.Id, "Plan validé", new DateOnly(2026, 11, 20),
                new UploadedFile("plan-financement.pdf", "application/pdf", "%PDF-1.7 plan"u8.ToArray())), F.HeadStaff);
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
            Services.SendAsync(new MoveCandidacy(candidacy.Id, CandidacyStage.Qualification), F.StepAdmin));

        var withdrawn = await Services.SendAsync(new MoveCandidacy(candidacy.Id, CandidacyStage.Withdrawn, Reason: "Projet reporté"), F.StepAdmin);
        Assert.Equal("Projet reporté", withdrawn.ClosingReason);
        await Assert.ThrowsAsync<InputValidationException>(() => MoveAsync(candidacy.Id, CandidacyStage.Qualification));
        await Assert.ThrowsAsync<InputValidationException>(() =>
            Services.SendAsync(new RecordReadinessEvidence(candidacy.Id, candidacy.Checklist[0].Id, true), F.HeadStaff));
    }

    [DbFact]
    public async Task A_networks_open_candidacy_count_covers_only_what_the_reader_may_see()
    {
        await OpenStepAsync();
        await Services.SendAsync(new OpenCandidacy(F.Network.Id, F.Other.Id, "Livraison à vélo cargo", "Lyon"), F.HeadStaff);
        await Services.SendAsync(new OpenCandidacy(F.Network.Id, F.Other.Id, "Conciergerie", "Lyon"), F.HeadStaff);

        Assert.Equal(3, (await Services.SendAsync(new ListNetworks(), F.HeadStaff)).Items.Single().OpenCandidacies);
        Assert.Equal(1, (await Services.SendAsync(new ListNetworks(), F.StepAdmin)).Items.Single().OpenCandidacies);
        Assert.Empty((await Services.SendAsync(new ListNetworks(), F.OutsiderAdmin)).Items);
    }

    [DbFact]
    public async Task A_stale_version_is_a_conflict()
    {
        var candidacy = await OpenStepAsync();
        await MoveAsync(candidacy.Id, CandidacyStage.Qualification);
        await Assert.ThrowsAsync<ConflictException>(() =>
            Services.SendAsync(new MoveCandidacy(candidacy.Id, CandidacyStage.Readiness, Version: candidacy.Version), F.HeadStaff));
    }

    [DbFact]
    public async Task Outsiders_see_nothing_and_structures_see_their_own()
    {
        var candidacy = await OpenStepAsync();

        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new GetCandidacy(candidacy.Id), F.OutsiderAdmin));
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new GetNetwork(F.Network.Id), F.OutsiderAdmin));
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new GetOrganization(F.Step.Id), F.OutsiderAdmin));
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new GetPipeline(F.Network.Id), F.OutsiderAdmin));
        var outsiderSees = await Services.SendAsync(new ListOrganizations(), F.OutsiderAdmin);
        Assert.Equal(["Ailleurs"], outsiderSees.Items.Select(o => o.Name));

        Assert.Equal(candidacy.Id, (await Services.SendAsync(new GetCandidacy(candidacy.Id), F.StepAdmin)).Id);
        Assert.Equal(F.Network.Id, (await Services.SendAsync(new GetNetwork(F.Network.Id), F.StepAdmin)).Id);
        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SendAsync(new GetPipeline(F.Network.Id), F.StepAdmin));
        var headSees = await Services.SendAsync(new ListOrganizations(Sort: "name"), F.HeadAdmin);
        Assert.Equal(["Les Triporteurs", "Roule Ma Poule", "STEP"], headSees.Items.Select(o => o.Name));
        var stepSees = await Services.SendAsync(new ListOrganizations(Sort: "name"), F.StepAdmin);
        Assert.Equal(["STEP"], stepSees.Items.Select(o => o.Name));
    }

    [DbFact]
    public async Task Editing_the_template_leaves_open_candidacies_as_they_were()
    {
        var before = await OpenStepAsync();
        var edited = F.Network.ReadinessChecklist.Select(i => i.Code == "TRUST" ? i with { Label = "Deux rencontres consignées", Mandatory = false } : i)
            .Append(new ChecklistTemplateItem("INSURANCE", "Attestation d'assurance fournie", true)).ToList();

        var network = await Services.SendAsync(new UpdateReadinessChecklist(F.Network.Id, F.Network.Version, edited), F.HeadAdmin);
        var after = await Services.SendAsync(new OpenCandidacy(F.Network.Id, F.Other.Id, "Livraison à vélo cargo", "Lyon"), F.HeadStaff);

        Assert.Equal(7, network.ReadinessChecklist.Count);
        Assert.Equal(before.Checklist.Select(i => (i.Code, i.Label, i.Mandatory)),
            (await Services.SendAsync(new GetCandidacy(before.Id))).Checklist.Select(i => (i.Code, i.Label, i.Mandatory)));
        Assert.Equal(("Deux rencontres consignées", false), (after.Checklist[5].Label, after.Checklist[5].Mandatory));
        Assert.Equal("INSURANCE", after.Checklist[6].Code);

        await Assert.ThrowsAsync<ConflictException>(() => Services.SendAsync(new UpdateReadinessChecklist(F.Network.Id, F.Network.Version, edited), F.HeadAdmin));
        var duplicate = await Assert.ThrowsAsync<InputValidationException>(() => Services.SendAsync(
            new UpdateReadinessChecklist(F.Network.Id, network.Version, [.. edited, new ChecklistTemplateItem("TRUST", "Encore", true)]), F.HeadAdmin));
        Assert.Equal("/items/7", Assert.Single(duplicate.Errors).Path);
    }

    [DbFact]
    public async Task An_activated_contract_launches_the_open_candidacy_once()
    {
        var candidacy = await OpenStepAsync();
        await MoveAsync(candidacy.Id, CandidacyStage.Qualification);
        var contractId = Guid.CreateVersion7();
        var activated = new ContractActivated(contractId, "licence", F.Head.Id, F.Step.Id, null, new DateOnly(2026, 12, 1));

        await PublishAsync(activated);
        await PublishAsync(activated); // the same fact delivered twice
        var dispatcher = Services.Get<OutboxDispatcher>();
        while (await dispatcher.DispatchPendingAsync() > 0) { }

        var launched = await Services.SendAsync(new GetCandidacy(candidacy.Id));
        Assert.Equal(CandidacyStage.Launched, launched.Stage);
        Assert.Equal(contractId, launched.ContractId);
        var launch = Assert.Single(launched.History, h => h.To == CandidacyStage.Launched);
        Assert.Equal(CandidacyStage.Qualification, launch.From);
        Assert.Equal("SwarmNet (contrat activé)", launch.ActorName);
        Assert.Contains("01/12/2026", launch.Comment, StringComparison.Ordinal);
        var pending = await Services.QueryAsync<long>("SELECT COUNT(*) FROM platform_outbox WHERE dispatched_at IS NULL");
        Assert.Equal(0L, Assert.Single(pending));
    }

    [DbFact]
    public async Task A_candidacy_launched_with_no_contract_behind_it_gets_the_contract_activated_for_it()
    {
        var candidacy = await OpenStepAsync();
        // Launched by hand before any contract module existed, as the demo's Conciergerie candidacy of STEP was.
        await using (var scope = Services.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DbSession>().ExecuteAsync("UPDATE network_candidacies SET stage = 'Launched' WHERE id = @Id", new { candidacy.Id });
        Assert.Null((await Services.SendAsync(new GetCandidacy(candidacy.Id))).ContractId);

        var contractId = Guid.CreateVersion7();
        await PublishAsync(new ContractActivated(contractId, "affiliation", F.Head.Id, F.Step.Id, F.Network.Id, new DateOnly(2026, 6, 1)));
        await PublishAsync(new ContractActivated(Guid.CreateVersion7(), "licence", F.Head.Id, F.Step.Id, F.Network.Id, new DateOnly(2026, 12, 1)));
        var dispatcher = Services.Get<OutboxDispatcher>();
        while (await dispatcher.DispatchPendingAsync() > 0) { }

        Assert.Empty(await Services.QueryAsync<string>("SELECT last_error FROM platform_outbox WHERE last_error IS NOT NULL"));
        var launched = await Services.SendAsync(new GetCandidacy(candidacy.Id));
        Assert.Equal((CandidacyStage.Launched, contractId), (launched.Stage, launched.ContractId)); // the first contract stays the one behind it
        Assert.DoesNotContain(launched.History, h => h.To == CandidacyStage.Launched); // linked, not moved again
    }

    private async Task PublishAsync(ContractActivated activated)
    {
        await using var scope = Services.Services.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<DbSession>();
        await session.BeginAsync(CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<BuildingBlocks.Outbox.Outbox>().PublishAsync(activated, CancellationToken.None);
        await session.CommitAsync(CancellationToken.None);
    }

    [DbFact]
    public async Task The_pipeline_counts_ages_and_stuck_candidacies()
    {
        var step = await OpenStepAsync();
        Services.Clock.Advance(TimeSpan.FromDays(40));
        var other = await Services.SendAsync(new OpenCandidacy(F.Network.Id, F.Other.Id, "Livraison à vélo cargo", "Lyon"), F.HeadStaff);
        await MoveAsync(other.Id, CandidacyStage.Qualification);
        Services.Clock.Advance(TimeSpan.FromDays(10));

        var pipeline = await Services.SendAsync(new GetPipeline(F.Network.Id, StuckAfterDays: 30), F.HeadAdmin);

        var lead = pipeline.Stages.Single(s => s.Stage == CandidacyStage.Lead);
        Assert.Equal((1, 50, 50), (lead.Count, lead.AverageDaysInStage, lead.MaxDaysInStage));
        Assert.Equal(1, pipeline.Stages.Single(s => s.Stage == CandidacyStage.Qualification).Count);
        Assert.Equal([step.Id], pipeline.Stuck.Select(c => c.Id));
        Assert.Equal(6, pipeline.Stuck[0].OpenMandatoryItems);

        var page = await Services.SendAsync(new ListCandidacies(F.Network.Id, Stage: CandidacyStage.Qualification), F.HeadStaff);
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
