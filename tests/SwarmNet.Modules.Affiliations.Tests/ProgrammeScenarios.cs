using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.Modules.Affiliations.Domain;
using SwarmNet.Modules.Affiliations.Programmes;
using SwarmNet.Modules.Network.Contracts.Networks;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Modules.Affiliations.Tests;

/// <summary>Collective programmes: the network defines them, each agreement records the ones its affiliate joins, the network sees who takes part.</summary>
public abstract class ProgrammeScenarios : AffiliationScenarioBase
{
    private Task<ProgrammeDto> DefineAsync(string name, ProgrammeKind kind = ProgrammeKind.Purchasing) =>
        Services.SendAsync(new DefineProgramme(F.Network.Id, kind, name, "Tarifs négociés"), F.HeadStaff);

    private async Task<List<string>> ParticipantsAsync(Guid programme) =>
        (await Services.SendAsync(new ListProgrammeParticipants(F.Network.Id, programme), F.HeadStaff)).Select(p => p.Affiliate.Name).ToList();

    [DbFact]
    public async Task The_affiliate_joins_and_leaves_and_the_head_sees_who_takes_part_in_force()
    {
        var purchasing = await DefineAsync("Achats groupés de vélos");
        var training = await DefineAsync("Formation des coursiers", ProgrammeKind.Training);
        var step = await ActiveAsync(F.Step.Id);
        var draft = await DraftAsync(AffiliationSamples.Content(), F.Other.Id);

        var joined = await Services.SendAsync(new JoinProgramme(step, purchasing.Id), F.StepAdmin);
        Assert.Equal([("Achats groupés de vélos", "Référente STEP")], joined.Programmes.Select(p => (p.Name, p.JoinedBy)));
        Assert.Contains(joined.Contract.History, h => h.Action == "programmeJoined");
        await Assert.ThrowsAsync<ConflictException>(() => Services.SendAsync(new JoinProgramme(step, purchasing.Id), F.StepAdmin));
        await Services.SendAsync(new JoinProgramme(draft.Id, purchasing.Id), F.HeadStaff); // recorded, but a draft is no participant yet
        await Services.SendAsync(new JoinProgramme(step, training.Id), F.HeadStaff);

        Assert.Equal(["STEP"], await ParticipantsAsync(purchasing.Id));
        var board = await Services.SendAsync(new ListProgrammes(F.Network.Id), F.HeadAdmin);
        Assert.Equal([("Achats groupés de vélos", 1), ("Formation des coursiers", 1)], board.Select(p => (p.Name, p.Participants!.Value)));
        Assert.All(await Services.SendAsync(new ListProgrammes(F.Network.Id), F.StepAdmin), p => Assert.Null(p.Participants));

        var left = await Services.SendAsync(new LeaveProgramme(step, purchasing.Id), F.StepAdmin);
        Assert.Equal(["Formation des coursiers"], left.Programmes.Select(p => p.Name));
        Assert.Empty(await ParticipantsAsync(purchasing.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new LeaveProgramme(step, purchasing.Id), F.StepAdmin));
        await Services.SendAsync(new JoinProgramme(step, purchasing.Id), F.StepAdmin);
        Assert.Equal(["STEP"], await ParticipantsAsync(purchasing.Id));
    }

    [DbFact]
    public async Task The_head_defines_programmes_the_parties_choose_and_nobody_else()
    {
        var programme = await DefineAsync("Achats groupés");
        var refused = await Assert.ThrowsAsync<InputValidationException>(() => Services.SendAsync(new DefineProgramme(F.Network.Id, null, " ", null), F.HeadStaff));
        Assert.Equal(["/kind", "/name"], refused.Errors.Select(e => e.Path));
        Assert.Equal("/name", Assert.Single((await Assert.ThrowsAsync<InputValidationException>(() => DefineAsync("Achats groupés"))).Errors).Path);
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new DefineProgramme(F.Network.Id, ProgrammeKind.Advocacy, "Plaidoyer", null), F.OutsiderAdmin));

        var step = await ActiveAsync(F.Step.Id);
        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SendAsync(new DefineProgramme(F.Network.Id, ProgrammeKind.Advocacy, "Plaidoyer", null), F.StepAdmin));
        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SendAsync(new JoinProgramme(step, programme.Id),
            NetworkFixture.Person("Membre STEP", F.Step.Id, Roles.StructureMember)));
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new JoinProgramme(step, programme.Id), OtherAdmin));
        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SendAsync(new ListProgrammeParticipants(F.Network.Id, programme.Id), F.StepAdmin));

        // Another network's programme is not this agreement's to join.
        var elsewhere = await Services.SendAsync(new CreateNetwork(F.Outsider.Id, "Ailleurs", ["Ailleurs"], null, null, null), F.OutsiderAdmin);
        var theirs = await Services.SendAsync(new DefineProgramme(elsewhere.Id, ProgrammeKind.Purchasing, "Achats groupés", null), F.OutsiderAdmin);
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new JoinProgramme(step, theirs.Id), F.StepAdmin));
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new ListProgrammeParticipants(F.Network.Id, theirs.Id), F.HeadStaff));
    }
}

public sealed class SqliteProgrammeTests : ProgrammeScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[RequiresSqlServer]
public sealed class SqlServerProgrammeTests : ProgrammeScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.SqlServer;
}
