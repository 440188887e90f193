using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.ContractKernel.Documents;
using SwarmNet.Modules.Obligations.Contracts.Terms;
using SwarmNet.Modules.Partnerships.Domain;
using SwarmNet.Modules.Partnerships.Milestones;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Modules.Partnerships.Tests;

/// <summary>Milestones and deliverables: obligations of their owners, done with evidence once, late on the day after their due date.</summary>
public abstract class MilestoneScenarios : PartnershipScenarioBase
{
    [DbFact]
    public async Task The_owner_records_a_milestone_done_with_its_evidence_which_meets_its_obligation()
    {
        var active = await SignByAllAsync(await DraftAsync());
        Assert.Contains(active.Obligations, o => o.Code == "KIT" && o.Category == "reporting" && o.Actor == W.Simplon.Id.ToString("D") && o.Evidence == "file");
        await DispatchAsync();
        var listed = await Services.SendAsync(new ListMilestones(active.Id), W.RegionAdmin);
        Assert.Equal([("KIT", "livrable", "en retard"), ("PROMO-1", "jalon", "prévu")], listed.Select(m => (m.Code, m.KindLabel, m.StatusLabel)));

        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SendAsync(new CompleteMilestone(active.Id, "KIT", new DateOnly(2026, 11, 2), "Kit livré", null), W.StepAdmin));
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new CompleteMilestone(active.Id, "KIT", new DateOnly(2026, 11, 2), "Kit livré", null), W.OutsiderAdmin));
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new CompleteMilestone(active.Id, "NOPE", new DateOnly(2026, 11, 2), "Kit livré", null), W.SimplonStaff));
        var invalid = await Assert.ThrowsAsync<InputValidationException>(() =>
            Services.SendAsync(new CompleteMilestone(active.Id, "KIT", new DateOnly(2026, 11, 24), " ", Guid.CreateVersion7()), W.SimplonStaff));
        Assert.Equal(["/completedOn", "/evidence", "/documentId"], invalid.Errors.Select(e => e.Path));

        var kit = await Services.SendAsync(new AttachContractDocument<PartnershipKind>(active.Id, "kit.pdf", "application/pdf", "%PDF-1.7 kit"u8.ToArray()), W.SimplonStaff);
        var done = await Services.SendAsync(new CompleteMilestone(active.Id, "kit", new DateOnly(2026, 11, 2), "Kit remis au comité", kit.Id), W.SimplonAdmin);
        Assert.Equal((ProgressStatus.Delivered, new DateOnly(2026, 11, 2), "Kit remis au comité", kit.Id),
            (done[0].Status, done[0].CompletedOn!.Value, done[0].Evidence, done[0].DocumentId!.Value));
        await Assert.ThrowsAsync<ConflictException>(() => Services.SendAsync(new CompleteMilestone(active.Id, "KIT", new DateOnly(2026, 11, 3), "Encore", null), W.SimplonAdmin));
        await Services.SendAsync(new CompleteMilestone(active.Id, "PROMO-1", new DateOnly(2026, 11, 23), "Jury passé", null), W.SimplonStaff); // the lead, for STEP

        await DispatchAsync();
        Assert.Equal(["Submitted", "Submitted"], await Services.QueryAsync<string>(
            "SELECT state FROM obligations_occurrences WHERE contract_id = @Id AND code IN ('KIT', 'PROMO-1') ORDER BY code", new { active.Id }));
        Assert.Equal(2, (await GetAsync(active.Id)).History.Count(h => h.Action == "milestoneCompleted"));
    }

    [DbFact]
    public async Task A_milestone_takes_no_code_the_contract_already_gives_another_obligation()
    {
        var sample = PartnershipSamples.Pau(W);
        var reused = sample with
        {
            Milestones = [sample.Milestones![0]! with { Code = "copil" }, sample.Milestones[1]! with { Code = "REGION-2" }],
            ObligationTerms = [sample.ObligationTerms![0]! with { Code = "PROMO-1" }, sample.ObligationTerms[0]! with { Code = "DEC-4" }],
        };
        var refused = await Assert.ThrowsAsync<InputValidationException>(() => DraftAsync(reused));
        Assert.Equal(["/content/milestones/0/code", "/content/milestones/1/code", "/content/obligationTerms/1/code"], refused.Errors.Select(e => e.Path));
        var late = await Assert.ThrowsAsync<InputValidationException>(() => DraftAsync(sample with { Milestones = [sample.Milestones[0]! with { DueDate = new DateOnly(2028, 7, 1) }] }));
        Assert.Equal("/content/milestones/0/dueDate", Assert.Single(late.Errors).Path);
    }
}

public sealed class SqliteMilestoneTests : MilestoneScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[RequiresSqlServer]
public sealed class SqlServerMilestoneTests : MilestoneScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.SqlServer;
}
