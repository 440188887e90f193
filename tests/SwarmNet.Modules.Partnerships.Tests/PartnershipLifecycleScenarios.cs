using SwarmNet.BuildingBlocks.ContractLifecycle;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.ContractKernel.AnyKind;
using SwarmNet.ContractKernel.Records;
using SwarmNet.ContractKernel.Running;
using SwarmNet.ContractKernel.Signing;
using SwarmNet.Modules.Partnerships.Domain;
using SwarmNet.Modules.Partnerships.Drafting;
using SwarmNet.Modules.Partnerships.Reading;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Modules.Partnerships.Tests;

/// <summary>A partnership from draft to notice: three partners each signing for themselves, every partner reading it, the lead alone editing.</summary>
public abstract class PartnershipLifecycleScenarios : PartnershipScenarioBase
{
    [DbFact]
    public async Task Every_partner_signs_for_itself_and_the_partnership_runs_once_the_last_has()
    {
        var draft = await DraftAsync();
        Assert.Equal((ContractStatus.Draft, W.Simplon.Id, W.Step.Id, W.Network.Id), (draft.Status, draft.LeadOrganizationId, draft.StructureOrganizationId, draft.NetworkId));
        Assert.Equal([W.Simplon.Id, W.Step.Id, W.Region.Id], draft.AwaitingSignatureFrom);
        Assert.Equal(["chef de file", "structure d'accueil", "financeur"], draft.Partners.Select(p => p.RoleLabel));

        var lead = await Services.SendAsync(new SignContract<PartnershipKind>(draft.Id, draft.Version), W.SimplonAdmin);
        var host = await Services.SendAsync(new SignContract<PartnershipKind>(draft.Id, lead.Version), W.StepAdmin);
        Assert.Equal(ContractStatus.Draft, host.Status);
        Assert.Equal([W.Region.Id], (await GetAsync(draft.Id, W.RegionAdmin)).AwaitingSignatureFrom);
        await Assert.ThrowsAsync<ConflictException>(() => Services.SendAsync(new SignContract<PartnershipKind>(draft.Id, host.Version), W.StepAdmin));
        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SendAsync(new SignContract<PartnershipKind>(draft.Id, host.Version), W.StepMember));
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new SignContract<PartnershipKind>(draft.Id, host.Version), W.OutsiderAdmin));
        Assert.Empty(await EventsAsync());

        var funder = await Services.SendAsync(new SignContract<PartnershipKind>(draft.Id, host.Version), W.RegionAdmin);
        Assert.Equal(ContractStatus.Active, funder.Status); // in force since 1 July 2026, signed on 23 November
        var active = await GetAsync(draft.Id, W.RegionAdmin);
        Assert.Equal([W.Simplon.Id, W.Step.Id, W.Region.Id], active.Signatures.Select(s => s.OrganizationId));
        Assert.All(active.Partners, p => Assert.NotNull(p.SignedAt));
        Assert.Equal(["drafted", "signed", "signed", "signed", "activated"], active.History.Select(h => h.Action));
        Assert.Contains("Région Nouvelle-Aquitaine (financeur)", active.History[3].Details, StringComparison.Ordinal);
        Assert.Equal(["contracts.contract-activated.v1", "partnerships.partnership-activated.v1"], await EventsAsync());
        await Assert.ThrowsAsync<NotFoundException>(() => GetAsync(draft.Id, W.OutsiderAdmin));
    }

    [DbFact]
    public async Task The_lead_alone_edits_a_draft_and_an_edit_voids_the_signatures_given()
    {
        var draft = await DraftAsync();
        var signed = await Services.SendAsync(new SignContract<PartnershipKind>(draft.Id, draft.Version), W.StepAdmin);
        var content = PartnershipSamples.Pau(W) with { Title = "Fabrique numérique de Pau-Béarn" };
        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SendAsync(new UpdatePartnershipDraft(draft.Id, signed.Version, content), W.StepAdmin));
        await Assert.ThrowsAsync<ConflictException>(() => Services.SendAsync(new UpdatePartnershipDraft(draft.Id, draft.Version, content), W.SimplonStaff));

        var edited = await Services.SendAsync(new UpdatePartnershipDraft(draft.Id, signed.Version, content), W.SimplonStaff);
        Assert.Equal(("Fabrique numérique de Pau-Béarn", 3), (edited.Title, edited.Version));
        Assert.Empty(edited.Signatures);
        Assert.Equal(["drafted", "signed", "edited", "signatureVoided"], edited.History.Select(h => h.Action));
        Assert.Equal("modifié : title", edited.History[2].Details);

        var newLead = content with { Partners = [content.Partners![0]! with { Role = PartnerRole.Operator }, content.Partners[1]! with { Role = PartnerRole.Lead }, content.Partners[2]] };
        var refused = await Assert.ThrowsAsync<InputValidationException>(() => Services.SendAsync(new UpdatePartnershipDraft(draft.Id, edited.Version, newLead), W.SimplonStaff));
        Assert.Equal("/content/partners", Assert.Single(refused.Errors).Path);
    }

    [DbFact]
    public async Task A_draft_names_two_to_twenty_known_partners_once_each_with_one_lead_and_the_drafter_signs_for_it()
    {
        var sample = PartnershipSamples.Pau(W) with { Contributions = null, Milestones = null, Reporting = null };
        var twoLeads = sample with { Partners = [sample.Partners![0], sample.Partners[1]! with { Role = PartnerRole.Lead }, sample.Partners[1]] };
        var invalid = await Assert.ThrowsAsync<InputValidationException>(() => DraftAsync(twoLeads));
        Assert.Equal(["/content/partners/2/organizationId", "/content/partners"], invalid.Errors.Select(e => e.Path));
        var unknown = sample with { Partners = [sample.Partners[0], sample.Partners[1], sample.Partners[2]! with { OrganizationId = Guid.CreateVersion7() }] };
        Assert.Equal("/content/partners/2/organizationId", Assert.Single((await Assert.ThrowsAsync<InputValidationException>(() => DraftAsync(unknown))).Errors).Path);
        var alone = sample with { Partners = [sample.Partners[0]], ObligationTerms = [new() { Code = "X", Title = "X", Category = "reporting", Actor = W.Outsider.Id.ToString(),
            Evidence = "none", Schedule = new() { Kind = "once", DaysAfterEffective = 10 } }] };
        Assert.Equal(["/content/partners", "/content/obligationTerms/0/actor"], (await Assert.ThrowsAsync<InputValidationException>(() => DraftAsync(alone))).Errors.Select(e => e.Path));

        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SendAsync(new DraftPartnership(null, null, sample), NetworkFixture.Person("Membre", W.Simplon.Id, "Accountant")));
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new DraftPartnership(null, null, sample), W.StepAdmin));
        var foreignNetwork = await Assert.ThrowsAsync<InputValidationException>(() => Services.SendAsync(
            new DraftPartnership(Guid.CreateVersion7(), null, sample), W.SimplonStaff));
        Assert.Equal("/networkId", Assert.Single(foreignNetwork.Errors).Path);
    }

    [DbFact]
    public async Task No_partner_signs_before_the_contract_says_how_they_part_shared_assets_and_results_included()
    {
        var draft = await DraftAsync(PartnershipSamples.Pau(W) with { ExitTerms = null, SharedAssetsOnExit = " ", ResultsOnExit = null });
        var refused = await Assert.ThrowsAsync<InputValidationException>(() => Services.SendAsync(new SignContract<PartnershipKind>(draft.Id, draft.Version), W.StepAdmin));
        Assert.Equal(["/content/exitTerms", "/content/sharedAssetsOnExit", "/content/resultsOnExit"], refused.Errors.Select(e => e.Path));
        Assert.Empty((await GetAsync(draft.Id)).Signatures);
        var exit = (await SignByAllAsync(await DraftAsync())).Content;
        Assert.Equal(("Le matériel acheté en commun revient à la structure d'accueil.", 90), (exit.SharedAssetsOnExit, exit.ExitTerms!.NoticeDays));
    }

    [DbFact]
    public async Task The_kind_neutral_contract_sheet_reads_a_partnership_with_its_title_partners_and_content_lines()
    {
        var active = await SignByAllAsync(await DraftAsync());
        var sheet = await Services.SendAsync(new GetContractSheet("partnership", active.Id), W.RegionAdmin);
        Assert.Equal(("Fabrique numérique de Pau", 3), (sheet.Summary.Title, sheet.Parties.Count));
        Assert.Contains(sheet.Content, l => l.Label == "Partenaires" && l.Value.Contains("Région Nouvelle-Aquitaine (financeur)", StringComparison.Ordinal));
        Assert.Contains(sheet.Content, l => l.Label == "apport financier" && l.Value.StartsWith("1 apport(s)", StringComparison.Ordinal));
        Assert.Equal(1, (await Services.SendAsync(new ListContractSheets("partnership"), W.StepMember)).Total);
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new GetContractSheet("partnership", active.Id), W.OutsiderAdmin));
    }

    [DbFact]
    public async Task Notice_from_any_partner_ends_it_on_its_day_and_only_the_lead_renews()
    {
        var active = await SignByAllAsync(await DraftAsync());
        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SendAsync(new DecideRenewal<PartnershipKind>(active.Id, active.Version, RenewalDecision.Renew), W.RegionAdmin));
        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SendAsync(new SuspendContract<PartnershipKind>(active.Id, active.Version, "Impayé"), W.StepAdmin));
        var notice = await Services.SendAsync(new TerminateContract<PartnershipKind>(active.Id, active.Version, "Fin du financement"), W.RegionAdmin);
        Assert.Equal(ContractStatus.Active, notice.Status);
        var noticed = await GetAsync(active.Id, W.StepAdmin);
        Assert.Equal((new DateOnly(2027, 2, 21), ContractParty.Grantee), (noticed.Notice!.TerminatesOn, noticed.Notice.GivenFor));
        Assert.Contains("Région Nouvelle-Aquitaine (financeur)", noticed.History[^1].Details, StringComparison.Ordinal);
        Services.Clock.Advance(TimeSpan.FromDays(90));
        await Services.SendAsync(new RunContractLifecycle<PartnershipKind>());
        Assert.Equal(ContractStatus.Terminated, (await GetAsync(active.Id)).Status);
        Assert.Contains("partnerships.partnership-terminated.v1", await EventsAsync());
    }
}

public sealed class SqlitePartnershipLifecycleTests : PartnershipLifecycleScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[RequiresSqlServer]
public sealed class SqlServerPartnershipLifecycleTests : PartnershipLifecycleScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.SqlServer;
}
