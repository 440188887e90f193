using SwarmNet.BuildingBlocks.ContractLifecycle;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.ContractKernel.Amendments;
using SwarmNet.ContractKernel.Records;
using SwarmNet.ContractKernel.Running;
using SwarmNet.Modules.Licences.Contracts.Terms;
using SwarmNet.Modules.Licences.Domain;
using SwarmNet.Modules.Network.Contracts.Candidacies;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Modules.Licences.Tests;

/// <summary>A licence from draft to exit: two signatures, activation, amendments signed by both, notice taking effect through the job.</summary>
public abstract class LicenceLifecycleScenarios : LicenceScenarioBase
{
    [DbFact]
    public async Task Draft_sign_activate_amend_and_end_on_notice()
    {
        var draft = await F.DraftAsync(Services, F.Step.Id, LicenceSamples.Pau());
        Assert.Equal((ContractStatus.Draft, 1, "STEP", F.Network.Id), (draft.Status, draft.Version, draft.LicenseeName, draft.NetworkId));
        Assert.Equal([ContractParty.Grantor, ContractParty.Grantee], draft.AwaitingSignatureOf);

        var signed = await F.SignBothAsync(Services, draft);
        Assert.Equal(ContractStatus.Signed, signed.Status); // effective 1 December, signed 23 November
        await RunJobAsync();
        Assert.Equal(ContractStatus.Signed, (await Services.GetAsync(draft.Id)).Status);
        Assert.Empty(await EventsAsync());

        Services.Clock.Advance(TimeSpan.FromDays(8));
        await RunJobAsync();
        await RunJobAsync(); // safe twice: nothing more happens
        var active = await Services.GetAsync(draft.Id);
        Assert.Equal((ContractStatus.Active, LicenceSamples.Effective), (active.Status, active.ActivatedOn!.Value));
        Assert.Equal(["contracts.contract-activated.v1", "licences.licence-activated.v1"], await EventsAsync());

        var version = await AmendAsync(draft.Id, active.Version, new DateOnly(2027, 1, 1), "Taux ramené à 4 %", LicenceSamples.Royalties(new DateOnly(2027, 1, 1)));
        version = await AmendAsync(draft.Id, version, new DateOnly(2027, 3, 1), "Ajout de Billère");
        var amended = await Services.GetAsync(draft.Id);
        Assert.Equal([1, 2], amended.Amendments.Select(a => a.Number));
        Assert.All(amended.Amendments, a => Assert.NotNull(a.SignedAt));
        var outside = await Assert.ThrowsAsync<InputValidationException>(() => Services.SendAsync(
            new ProposeAmendment<LicenceKind>(draft.Id, version, new DateOnly(2031, 1, 1), ""), F.HeadStaff));
        Assert.Equal(["/summary", "/effectiveDate"], outside.Errors.Select(e => e.Path));
        var earlier = await Assert.ThrowsAsync<InputValidationException>(() => Services.SendAsync(
            new ProposeAmendment<LicenceKind>(draft.Id, version, new DateOnly(2027, 2, 1), "Avant le n° 2"), F.HeadStaff));
        Assert.Contains("n° 2", Assert.Single(earlier.Errors).Message, StringComparison.Ordinal);

        var notice = await Services.SendAsync(new TerminateContract<LicenceKind>(draft.Id, version, "Non-paiement des redevances"), F.HeadAdmin);
        Assert.Equal(ContractStatus.Active, notice.Status); // 90 days' notice: it ends on 1 March 2027, not today
        Assert.Equal(new DateOnly(2027, 3, 1), (await Services.GetAsync(draft.Id)).Notice!.TerminatesOn);
        Services.Clock.Advance(TimeSpan.FromDays(89));
        await RunJobAsync();
        Assert.Equal(ContractStatus.Active, (await Services.GetAsync(draft.Id)).Status);
        Services.Clock.Advance(TimeSpan.FromDays(1));
        await RunJobAsync();
        var ended = await Services.GetAsync(draft.Id);
        Assert.Equal((ContractStatus.Terminated, new DateOnly(2027, 3, 1), "Non-paiement des redevances", "Admin Les Triporteurs"),
            (ended.Status, ended.Termination!.On, ended.Termination.Ground, ended.Termination.DecidedBy));
        Assert.Equal(["drafted", "signed", "signed", "activated"], ended.History.Take(4).Select(h => h.Action));
        Assert.Equal(["noticeGiven", "terminated"], ended.History.TakeLast(2).Select(h => h.Action));
        Assert.Equal("SwarmNet (tâche quotidienne)", ended.History[^1].ActorName);
        Assert.Contains("licences.licence-terminated.v1", await EventsAsync());
        await Assert.ThrowsAsync<ConflictException>(() => Services.SendAsync(
            new ProposeAmendment<LicenceKind>(draft.Id, ended.Version, new DateOnly(2027, 4, 1), "Trop tard"), F.HeadStaff));
    }

    /// <summary>Proposed by the head, signed by both; returns the licence's version after.</summary>
    private async Task<int> AmendAsync(Guid id, int version, DateOnly effective, string summary, Royalties.Contracts.Terms.RoyaltyTerms? royalty = null)
    {
        var proposed = await Services.SendAsync(new ProposeAmendment<LicenceKind>(id, version, effective, summary, royalty), F.HeadStaff);
        var number = (await Services.GetAsync(id)).Amendments[^1].Number;
        var head = await Services.SendAsync(new SignAmendment<LicenceKind>(id, number, proposed.Version), F.HeadAdmin);
        return (await Services.SendAsync(new SignAmendment<LicenceKind>(id, number, head.Version), F.StepAdmin)).Version;
    }

    [DbFact]
    public async Task Signed_by_both_on_or_after_its_date_a_licence_is_active_at_once_and_launches_the_candidacy()
    {
        var candidacy = await Services.SendAsync(new OpenCandidacy(F.Network.Id, F.Step.Id, "Livraison à vélo cargo", "Pau"), F.HeadStaff);
        await Services.DiscloseAsync(F, candidacy.Id);
        await Services.ToContractingAsync(candidacy, F.HeadStaff);
        var draft = await F.DraftAsync(Services, F.Step.Id, LicenceSamples.Pau(new DateOnly(2026, 11, 1)), candidacy.Id);
        var signed = await F.SignBothAsync(Services, draft);
        Assert.Equal((ContractStatus.Active, new DateOnly(2026, 11, 1)), (signed.Status, signed.ActivatedOn!.Value));

        await DispatchAsync();
        var launched = await Services.SendAsync(new GetCandidacy(candidacy.Id));
        Assert.Equal((CandidacyStage.Launched, draft.Id), (launched.Stage, launched.ContractId!.Value));
    }

    [DbFact]
    public async Task The_terms_in_force_follow_the_amendments_signed_by_both_parties()
    {
        var draft = await F.DraftAsync(Services, F.Step.Id, LicenceSamples.Pau(new DateOnly(2026, 11, 1)));
        var active = await F.SignBothAsync(Services, draft);
        var proposed = await Services.SendAsync(new ProposeAmendment<LicenceKind>(draft.Id, active.Version, new DateOnly(2027, 1, 1), "Taux ramené à 4 %",
            LicenceSamples.Royalties(new DateOnly(2027, 1, 1)) with { VatRate = 0.055m }), F.HeadStaff);
        var half = await Services.SendAsync(new SignAmendment<LicenceKind>(draft.Id, 1, proposed.Version), F.StepAdmin);

        var pending = await Services.SendAsync(new GetLicenceTermsInForce(draft.Id, new DateOnly(2027, 2, 1)));
        Assert.Equal((true, (int?)null, 0.20m), (pending.InForce, pending.RoyaltyAmendment, pending.RoyaltyTerms!.Value.GetProperty("vatRate").GetDecimal()));
        await Services.SendAsync(new SignAmendment<LicenceKind>(draft.Id, 1, half.Version), F.HeadStaff);

        var before = await Services.SendAsync(new GetLicenceTermsInForce(draft.Id, new DateOnly(2026, 12, 31)));
        var after = await Services.SendAsync(new GetLicenceTermsInForce(draft.Id, new DateOnly(2027, 1, 1)));
        Assert.Equal((0.20m, new DateOnly(2026, 11, 1)), (before.RoyaltyTerms!.Value.GetProperty("vatRate").GetDecimal(), before.RoyaltyTermsSince));
        Assert.Equal((0.055m, 1, new DateOnly(2027, 1, 1)), (after.RoyaltyTerms!.Value.GetProperty("vatRate").GetDecimal(), after.RoyaltyAmendment!.Value, after.RoyaltyTermsSince));
        Assert.Equal(("licence", "DECL-CA"), (after.ContractKind, after.ObligationTerms[0].GetProperty("code").GetString()));
        Assert.False((await Services.SendAsync(new GetLicenceTermsInForce(draft.Id, new DateOnly(2026, 10, 31)))).InForce);
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new GetLicenceTermsInForce(Guid.CreateVersion7(), new DateOnly(2027, 1, 1))));
    }

    [DbFact]
    public async Task Tacit_renewal_and_expiry_follow_the_renewal_decision_either_party_may_decline()
    {
        var content = LicenceSamples.Pau(new DateOnly(2026, 1, 1), end: new DateOnly(2026, 12, 31));
        var renews = await F.DraftAsync(Services, F.Step.Id, content);
        var expires = await F.DraftAsync(Services, F.Other.Id, content with { Territory = new Territory(["69387"], [], null) });
        var a = await F.SignBothAsync(Services, renews);
        var b = await F.SignBothAsync(Services, expires);
        Assert.Equal(new DateOnly(2026, 10, 2), a.RenewalDecisionDue);

        var late = await Assert.ThrowsAsync<InputValidationException>(() => Services.SendAsync(
            new DecideRenewal<LicenceKind>(expires.Id, b.Version, RenewalDecision.DoNotRenew), F.OtherAdmin()));
        Assert.Equal("/decision", Assert.Single(late.Errors).Path);
        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SendAsync(new DecideRenewal<LicenceKind>(expires.Id, b.Version, RenewalDecision.Renew), F.OtherAdmin()));
        Services.Clock.Advance(TimeSpan.FromDays(-60));
        await Services.SendAsync(new DecideRenewal<LicenceKind>(expires.Id, b.Version, RenewalDecision.DoNotRenew), F.OtherAdmin());

        Services.Clock.Advance(TimeSpan.FromDays(60 + 39)); // 1 January 2027
        await RunJobAsync();
        await RunJobAsync();
        var renewed = await Services.GetAsync(renews.Id);
        Assert.Equal((ContractStatus.Active, new DateOnly(2027, 12, 31)), (renewed.Status, renewed.Content.Term!.EndDate!.Value));
        Assert.Single(renewed.History, h => h.Action == "renewed");
        var expired = await Services.GetAsync(expires.Id);
        Assert.Equal((ContractStatus.Expired, new DateOnly(2026, 12, 31)), (expired.Status, expired.EndedOn!.Value));
        Assert.Contains("Roule Ma Poule (structure locale)", expired.History.Single(h => h.Action == "renewalDecided").Details, StringComparison.Ordinal);
        var events = await EventsAsync();
        Assert.Single(events, e => e == "licences.licence-renewed.v1");
        Assert.Single(events, e => e == "licences.licence-expired.v1");
    }

    [DbFact]
    public async Task Suspension_needs_a_reason_and_resumes_to_active()
    {
        var draft = await F.DraftAsync(Services, F.Step.Id, LicenceSamples.Pau(new DateOnly(2026, 11, 1)));
        var active = await F.SignBothAsync(Services, draft);
        var noReason = await Assert.ThrowsAsync<InputValidationException>(() => Services.SendAsync(new SuspendContract<LicenceKind>(draft.Id, active.Version, ""), F.HeadStaff));
        Assert.Equal("/reason", Assert.Single(noReason.Errors).Path);
        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SendAsync(new SuspendContract<LicenceKind>(draft.Id, active.Version, "Impayés"), F.StepAdmin));
        var notSuspended = await Assert.ThrowsAsync<ConflictException>(() => Services.SendAsync(new ResumeContract<LicenceKind>(draft.Id, active.Version), F.HeadStaff));
        Assert.Contains("« en vigueur »", notSuspended.Message, StringComparison.Ordinal);

        var suspended = await Services.SendAsync(new SuspendContract<LicenceKind>(draft.Id, active.Version, "Redevances impayées depuis 3 mois"), F.HeadStaff);
        var twice = await Assert.ThrowsAsync<ConflictException>(() => Services.SendAsync(new SuspendContract<LicenceKind>(draft.Id, suspended.Version, "Encore"), F.HeadStaff));
        Assert.Equal("La licence est déjà « suspendue ».", twice.Message);
        var version = await AmendAsync(draft.Id, suspended.Version, new DateOnly(2026, 12, 1), "Échéancier de paiement");
        var resumed = await Services.SendAsync(new ResumeContract<LicenceKind>(draft.Id, version), F.HeadStaff);
        var read = await Services.GetAsync(draft.Id);
        Assert.Equal((ContractStatus.Active, null), (resumed.Status, read.SuspendedOn));
        Assert.Equal(["suspended", "amendmentProposed", "amendmentSigned", "amendmentSigned", "amended", "resumed"], read.History.Skip(4).Select(h => h.Action));
        var events = await EventsAsync();
        Assert.Contains("licences.licence-suspended.v1", events);
        Assert.Contains("licences.licence-resumed.v1", events);
        Assert.Contains("licences.licence-amended.v1", events);
    }
}

public sealed class SqliteLicenceLifecycleTests : LicenceLifecycleScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[RequiresSqlServer]
public sealed class SqlServerLicenceLifecycleTests : LicenceLifecycleScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.SqlServer;
}
