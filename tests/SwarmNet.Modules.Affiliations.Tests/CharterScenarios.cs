using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.ContractLifecycle;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.ContractKernel.Running;
using SwarmNet.Modules.Affiliations.Charter;
using SwarmNet.Modules.Affiliations.Domain;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Modules.Affiliations.Tests;

/// <summary>A network's charter: numbered versions pushed to every affiliate in force, acknowledged by each within the network's delay.</summary>
public abstract class CharterScenarios : AffiliationScenarioBase
{
    private Task<CharterVersionDto> PublishAsync(string summary, int days = 30, Actor? actor = null) =>
        Services.SendAsync(new PublishCharterVersion(F.Network.Id, summary, $"Charte — {summary}", days), actor ?? F.HeadStaff);

    [DbFact]
    public async Task Versions_are_numbered_per_network_and_reach_every_affiliate_in_force_with_its_deadline()
    {
        var first = await PublishAsync("Première charte");
        Assert.Equal((1, new DateOnly(2026, 11, 23), new DateOnly(2026, 12, 23)), (first.Number, first.PublishedOn, first.DueOn));
        Assert.Equal(0, first.Progress!.Pushed); // no affiliate yet

        // An affiliate who joins later gets the version in force, due 30 days after its agreement starts.
        var step = await ActiveAsync(F.Step.Id);
        var joined = Assert.Single((await GetAsync(step)).Charter);
        Assert.Equal((1, new DateOnly(2026, 12, 23), AcknowledgementState.Pending), (joined.Number, joined.DueOn, joined.State));
        var other = await ActiveAsync(F.Other.Id);
        await DraftAsync(AffiliationSamples.Content()); // a draft is no affiliate yet

        var second = await PublishAsync("Usage du logo sur les vélos", days: 15);
        Assert.Equal((2, new DateOnly(2026, 12, 8), 2), (second.Number, second.DueOn, second.Progress!.Pushed));
        Assert.Equal([2, 1], (await GetAsync(other)).Charter.Select(c => c.Number));
        // One event per push: each agreement's activation, then the publication to both at once.
        Assert.Equal(3, (await EventsAsync()).Count(e => e == "affiliations.charter-acknowledgements-requested.v1"));
        var versions = await Services.SendAsync(new ListCharterVersions(F.Network.Id), F.HeadAdmin);
        Assert.Equal([(2, 2), (1, 2)], versions.Select(v => (v.Number, v.Progress!.Pushed)));
        Assert.All(versions, v => Assert.Null(v.Text));
    }

    [DbFact]
    public async Task The_affiliate_acknowledges_on_time_or_late_and_an_unacknowledged_version_becomes_overdue()
    {
        var step = await ActiveAsync(F.Step.Id);
        var other = await ActiveAsync(F.Other.Id);
        await PublishAsync("Nouvelle charte", days: 10);

        var acknowledged = await Services.SendAsync(new AcknowledgeCharter(step, 1), F.StepAdmin);
        var mine = Assert.Single(acknowledged.Charter);
        Assert.Equal((AcknowledgementState.Acknowledged, "Référente STEP", new DateOnly(2026, 11, 23)), (mine.State, mine.AcknowledgedBy, mine.AcknowledgedOn));
        Assert.Contains(acknowledged.Contract.History, h => h.Action == "charterAcknowledged" && h.Details!.StartsWith("Charte, version 1", StringComparison.Ordinal));
        await Assert.ThrowsAsync<ConflictException>(() => Services.SendAsync(new AcknowledgeCharter(step, 1), F.StepAdmin));

        Services.Clock.Advance(TimeSpan.FromDays(11)); // 4 December: the deadline (3 December) passed
        Assert.Equal(AcknowledgementState.Overdue, Assert.Single((await GetAsync(other)).Charter).State);
        var board = await Services.SendAsync(new ListCharterAcknowledgements(F.Network.Id, 1), F.HeadStaff);
        Assert.Equal([("Roule Ma Poule", AcknowledgementState.Overdue), ("STEP", AcknowledgementState.Acknowledged)],
            board.Select(a => (a.Affiliate.Name, a.State)));
        var late = await Services.SendAsync(new AcknowledgeCharter(other, 1), OtherAdmin);
        Assert.Equal(AcknowledgementState.AcknowledgedLate, Assert.Single(late.Charter).State);
        Assert.Contains("(attendue le 03/12/2026)", late.Contract.History.Last().Details, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task An_agreement_that_ended_is_no_longer_counted_late()
    {
        await ActiveAsync(F.Step.Id);
        var other = await ActiveAsync(F.Other.Id);
        await PublishAsync("Charte", days: 10);
        await Services.SendAsync(new TerminateContract<AffiliationKind>(other, (await GetAsync(other)).Version, "Départ du réseau"), OtherAdmin);
        Services.Clock.Advance(TimeSpan.FromDays(61)); // the notice (60 days) took effect
        await Services.SendAsync(new RunContractLifecycle<AffiliationKind>());

        Assert.Equal(ContractStatus.Terminated, (await GetAsync(other)).Status);
        var progress = (await Services.SendAsync(new GetCharterVersion(F.Network.Id, 1), F.HeadStaff)).Progress!;
        Assert.Equal((2, 0, 1), (progress.Pushed, progress.Acknowledged, progress.Overdue));
        Assert.Equal(1, Assert.Single(await Services.SendAsync(new ListCharterVersions(F.Network.Id), F.HeadStaff)).Progress!.Overdue);
    }

    [DbFact]
    public async Task The_head_publishes_the_affiliate_acknowledges_and_nobody_else()
    {
        var step = await ActiveAsync(F.Step.Id);
        await Assert.ThrowsAsync<ForbiddenException>(() => PublishAsync("Par la structure", actor: F.StepAdmin));
        await Assert.ThrowsAsync<NotFoundException>(() => PublishAsync("Par une autre tête", actor: F.OutsiderAdmin));
        var refused = await Assert.ThrowsAsync<InputValidationException>(() => Services.SendAsync(new PublishCharterVersion(F.Network.Id, "", null, 0), F.HeadStaff));
        Assert.Equal(["/summary", "/text", "/acknowledgeWithinDays"], refused.Errors.Select(e => e.Path));
        await PublishAsync("Charte");

        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SendAsync(new AcknowledgeCharter(step, 1), F.HeadAdmin));
        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SendAsync(new AcknowledgeCharter(step, 1),
            NetworkFixture.Person("Membre STEP", F.Step.Id, Roles.StructureMember)));
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new AcknowledgeCharter(step, 1), OtherAdmin));
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new AcknowledgeCharter(step, 2), F.StepAdmin));
        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SendAsync(new ListCharterAcknowledgements(F.Network.Id, 1), F.StepAdmin));
        Assert.Null((await Services.SendAsync(new GetCharterVersion(F.Network.Id, 1), F.StepAdmin)).Progress);
    }
}

public sealed class SqliteCharterTests : CharterScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[RequiresSqlServer]
public sealed class SqlServerCharterTests : CharterScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.SqlServer;
}
