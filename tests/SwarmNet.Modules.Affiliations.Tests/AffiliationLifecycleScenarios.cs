using System.Text.Json;
using SwarmNet.BuildingBlocks.ContractLifecycle;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.ContractKernel.Exit;
using SwarmNet.ContractKernel.Records;
using SwarmNet.ContractKernel.Running;
using SwarmNet.ContractKernel.Signing;
using SwarmNet.Modules.Affiliations.Domain;
using SwarmNet.Modules.Affiliations.Drafting;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Modules.Affiliations.Tests;

/// <summary>An agreement from draft to exit on the kernel: both signatures, activation on its date, its events, the signs handed back.</summary>
public abstract class AffiliationLifecycleScenarios : AffiliationScenarioBase
{
    [DbFact]
    public async Task An_agreement_without_fees_is_signed_by_both_parties_and_activates_on_its_date()
    {
        var draft = await DraftAsync(AffiliationSamples.Content(fees: null));
        Assert.Equal((ContractStatus.Draft, F.Network.Id, "Les Triporteurs", "STEP"), (draft.Status, draft.NetworkId, draft.NetworkName, draft.Affiliate.Name));
        Assert.Equal([ContractParty.Grantor, ContractParty.Grantee], draft.Contract.AwaitingSignatureOf);

        var signed = await SignBothAsync(draft);
        Assert.Equal(ContractStatus.Signed, signed.Status);
        Assert.Equal(["STEP", "Les Triporteurs"], signed.Contract.Signatures.Select(s => s.OrganizationName).Reverse());
        Services.Clock.Advance(TimeSpan.FromDays(8));
        await Services.SendAsync(new RunContractLifecycle<AffiliationKind>());
        var active = await GetAsync(draft.Id);
        Assert.Equal((ContractStatus.Active, AffiliationSamples.Effective), (active.Status, active.Lifecycle.ActivatedOn));
        Assert.Equal(["affiliations.affiliation-activated.v1", "contracts.contract-activated.v1"], await EventsAsync());
        var payload = JsonDocument.Parse((await Services.QueryAsync<string>(
            "SELECT payload FROM platform_outbox WHERE event_name = 'affiliations.affiliation-activated.v1'")).Single()).RootElement.GetProperty("affiliation");
        Assert.Equal((JsonValueKind.Null, 2), (payload.GetProperty("royaltyTerms").ValueKind, payload.GetProperty("obligationTerms").GetArrayLength()));
    }

    [DbFact]
    public async Task Each_sign_must_be_a_brand_of_the_grantors_own_network()
    {
        var foreign = AffiliationSamples.Content() with
        {
            DistinctiveSigns = [AffiliationSamples.Name, new DistinctiveSign(SignKind.Logo, "Simplon", null, SignExit.Return)],
        };
        var refused = await Assert.ThrowsAsync<InputValidationException>(() => DraftAsync(foreign));
        Assert.Equal("/content/distinctiveSigns/1/brand", Assert.Single(refused.Errors).Path);
    }

    [DbFact]
    public async Task Signing_needs_exit_terms_and_an_exclusive_agreement_a_disclosure()
    {
        var noExit = await DraftAsync(AffiliationSamples.Content() with { ExitTerms = null });
        var refused = await Assert.ThrowsAsync<InputValidationException>(() =>
            Services.SendAsync(new SignContract<AffiliationKind>(noExit.Id, noExit.Version), F.HeadAdmin));
        Assert.Equal("/content/exitTerms", Assert.Single(refused.Errors).Path);

        var exclusive = await DraftAsync(AffiliationSamples.Content(exclusive: true), F.Other.Id);
        var undisclosed = await Assert.ThrowsAsync<InputValidationException>(() =>
            Services.SendAsync(new SignContract<AffiliationKind>(exclusive.Id, exclusive.Version), F.HeadAdmin));
        Assert.Equal("/disclosure", Assert.Single(undisclosed.Errors).Path);
    }

    [DbFact]
    public async Task On_notice_the_exit_checklist_lists_each_sign_and_is_complete_once_all_are_ticked()
    {
        var active = await SignBothAsync(await DraftAsync(AffiliationSamples.Content(effective: new DateOnly(2026, 11, 1))));
        Assert.Equal(ContractStatus.Active, active.Status);
        Assert.Empty(active.Contract.ExitChecklist);
        await Services.SendAsync(new TerminateContract<AffiliationKind>(active.Id, active.Version, "Départ du réseau"), F.StepAdmin);
        var ending = await GetAsync(active.Id);
        Assert.Equal(["brandUse", "stock", "data", "sign1", "sign2"], ending.Contract.ExitChecklist.Select(i => i.Item));
        Assert.False(ending.ExitComplete);

        foreach (var item in ending.Contract.ExitChecklist)
            await Services.SendAsync(new TickExitItem<AffiliationKind>(active.Id, item.Item, true, "Fait"), item.Item == "sign2" ? F.HeadStaff : F.StepAdmin);
        var done = await GetAsync(active.Id);
        Assert.True(done.ExitComplete);
        Assert.Contains(done.Contract.History, h => h.Action == "exitItemDone" && h.Details!.StartsWith("Restitution : logo", StringComparison.Ordinal));
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new TickExitItem<AffiliationKind>(active.Id, "sign3", true), F.StepAdmin));
    }

    [DbFact]
    public async Task Editing_a_draft_voids_a_signature_given_and_says_what_changed()
    {
        var draft = await DraftAsync(AffiliationSamples.Content());
        var signed = await Services.SendAsync(new SignContract<AffiliationKind>(draft.Id, draft.Version), F.HeadAdmin);
        var edited = await Services.SendAsync(new UpdateAffiliationDraft(draft.Id, signed.Version,
            AffiliationSamples.Content(AffiliationSamples.Fees(AffiliationSamples.Effective))), F.HeadStaff);
        Assert.Empty(edited.Contract.Signatures);
        Assert.Equal("modifié : royaltyTerms", edited.Contract.History.Single(h => h.Action == "edited").Details);
        Assert.Equal(1200m, edited.Content.RoyaltyTerms!.Components![1].Amount);
        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SendAsync(new UpdateAffiliationDraft(draft.Id, edited.Version,
            AffiliationSamples.Content()), F.StepAdmin));
    }
}

public sealed class SqliteAffiliationLifecycleTests : AffiliationLifecycleScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[RequiresSqlServer]
public sealed class SqlServerAffiliationLifecycleTests : AffiliationLifecycleScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.SqlServer;
}
