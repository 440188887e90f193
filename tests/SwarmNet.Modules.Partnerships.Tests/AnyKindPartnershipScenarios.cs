using SwarmNet.BuildingBlocks.ContractLifecycle;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.ContractKernel.AnyKind;
using SwarmNet.ContractKernel.Records;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Modules.Partnerships.Tests;

/// <summary>A partnership through the contract pages' kind-neutral requests: its title, its partners, each signing for itself.</summary>
public abstract class AnyKindPartnershipScenarios : PartnershipScenarioBase
{
    [DbFact]
    public async Task Each_partner_reads_the_sheet_and_signs_for_its_own_organisation_through_it()
    {
        var draft = await DraftAsync();

        var listed = Assert.Single((await Services.SendAsync(new ListContractSheets("partnership"), W.RegionAdmin)).Items);
        Assert.Equal(("Fabrique numérique de Pau", "brouillon"), (listed.Title, listed.StatusLabel));
        var region = await Services.SendAsync(new GetContractSheet("partnership", draft.Id), W.RegionAdmin);
        Assert.Equal(["Simplon (chef de file)", "STEP (structure d'accueil)", "Région Nouvelle-Aquitaine (financeur)"], region.Parties.Select(p => p.Describe()));
        Assert.Equal([(ContractParty.Grantee, W.Region.Id)], region.Can.SignFor.Select(p => (p.Side, p.OrganizationId)));
        Assert.False(region.Can.Manage);

        var version = draft.Version;
        foreach (var (actor, organization) in new[] { (W.SimplonAdmin, W.Simplon.Id), (W.StepAdmin, W.Step.Id), (W.RegionAdmin, W.Region.Id) })
        {
            var me = (await Services.SendAsync(new GetContractSheet("partnership", draft.Id), actor)).Can.SignFor.Single();
            version = (await Services.SendAsync(new ActOnContract("partnership", draft.Id, new SignAction(version, me.Side, me.OrganizationId)), actor)).Version;
            Assert.Equal(organization, me.OrganizationId);
        }
        var active = await Services.SendAsync(new GetContractSheet("partnership", draft.Id), W.StepMember);
        Assert.Equal((ContractStatus.Active, 3), (active.Summary.Status, active.View.Signatures.Count));
        Assert.Empty(active.Can.SignFor);
    }
}

public sealed class SqliteAnyKindPartnershipTests : AnyKindPartnershipScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[RequiresSqlServer]
public sealed class SqlServerAnyKindPartnershipTests : AnyKindPartnershipScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.SqlServer;
}
