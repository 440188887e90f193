using SwarmNet.BuildingBlocks.Documents;
using SwarmNet.BuildingBlocks.ContractLifecycle;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Outbox;
using SwarmNet.Modules.Licences.Amendments;
using SwarmNet.Modules.Licences.BrandUses;
using Microsoft.Extensions.DependencyInjection;
using SwarmNet.Modules.Licences.Documents;
using SwarmNet.Modules.Licences.Domain;
using SwarmNet.Modules.Licences.Drafting;
using SwarmNet.Modules.Licences.Reading;
using SwarmNet.Modules.Licences.Running;
using SwarmNet.Modules.Licences.Signing;
using SwarmNet.Modules.Licences.Templates;
using SwarmNet.Modules.Network;
using SwarmNet.Modules.Network.Contracts.Candidacies;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Modules.Licences.Tests;

/// <summary>The licence lifecycle through its commands, on each database. The clock starts on 23 November 2026.</summary>
public abstract class LicenceScenarios : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private TestServices _services = null!;
    private NetworkFixture _f = null!;
    private readonly string _documents = Path.Combine(Path.GetTempPath(), "swarmnet-tests", "documents-" + Guid.NewGuid().ToString("N"));

    protected abstract DatabaseProvider Provider { get; }

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(Provider);
        _services = await TestServices.StartAsync(_database, s => s.AddSingleton(new DocumentStore(_documents)).AddNetworkModule().AddLicencesModule());
        _f = await NetworkFixture.CreateAsync(_services);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
        if (Directory.Exists(_documents))
            Directory.Delete(_documents, recursive: true);
    }

    private Task RunJobAsync() => _services.SendAsync(new RunLicenceLifecycle());

    private async Task<List<string>> EventsAsync() =>
        (await _services.QueryAsync<string>("SELECT event_name FROM platform_outbox WHERE event_name NOT LIKE 'network.%'")).Order(StringComparer.Ordinal).ToList();

    [DbFact]
    public async Task Draft_sign_activate_amend_terminate()
    {
        var draft = await _f.DraftAsync(_services, _f.Step.Id, LicenceSamples.Pau());
        Assert.Equal((ContractStatus.Draft, 1, "STEP"), (draft.Status, draft.Version, draft.LicenseeName));
        Assert.Equal(["64348", "64445"], draft.Content.Territory!.Communes!.Order());

        var signed = await _services.SendAsync(new SignLicence(draft.Id, draft.Version), _f.HeadAdmin);
        Assert.Equal(ContractStatus.Signed, signed.Status); // effective 1 December, signed 23 November
        await RunJobAsync();
        Assert.Equal(ContractStatus.Signed, (await _services.SendAsync(new GetLicence(draft.Id))).Status);
        Assert.Empty(await EventsAsync());

        _services.Clock.Advance(TimeSpan.FromDays(8));
        await RunJobAsync();
        await RunJobAsync(); // safe twice: nothing more happens
        var active = await _services.SendAsync(new GetLicence(draft.Id));
        Assert.Equal((ContractStatus.Active, LicenceSamples.Effective), (active.Status, active.ActivatedOn!.Value));
        Assert.Equal(["contracts.contract-activated.v1", "licences.licence-activated.v1"], await EventsAsync());

        var first = await _services.SendAsync(new AmendLicence(draft.Id, active.Version, new DateOnly(2027, 1, 1), "Taux ramené à 4 %",
            LicenceSamples.Royalties(new DateOnly(2027, 1, 1))), _f.HeadStaff);
        var second = await _services.SendAsync(new AmendLicence(draft.Id, first.Version, new DateOnly(2027, 3, 1), "Ajout de Billère"), _f.HeadStaff);
        Assert.Equal([1, 2], second.Amendments.Select(a => a.Number));
        Assert.NotNull(second.Amendments[0].RoyaltyTerms);
        var outside = await Assert.ThrowsAsync<InputValidationException>(() => _services.SendAsync(
            new AmendLicence(draft.Id, second.Version, new DateOnly(2031, 1, 1), ""), _f.HeadStaff));
        Assert.Equal(["/summary", "/effectiveDate"], outside.Errors.Select(e => e.Path));

        var ended = await _services.SendAsync(new TerminateLicence(draft.Id, second.Version, "Non-paiement des redevances"), _f.HeadAdmin);
        Assert.Equal(ContractStatus.Terminated, ended.Status);
        Assert.Equal((new DateOnly(2026, 12, 1), "Non-paiement des redevances", "Admin Les Triporteurs"),
            (ended.Termination!.On, ended.Termination.Ground, ended.Termination.DecidedBy));
        Assert.Equal(["drafted", "signed", "activated", "amended", "amended", "terminated"], ended.History.Select(h => h.Action));
        Assert.Equal("SwarmNet (tâche quotidienne)", ended.History[2].ActorName);
        Assert.Contains("licences.licence-terminated.v1", await EventsAsync());
        await Assert.ThrowsAsync<ConflictException>(() => _services.SendAsync(new AmendLicence(draft.Id, ended.Version, new DateOnly(2027, 4, 1), "Trop tard"), _f.HeadStaff));
    }

    [DbFact]
    public async Task Signing_on_or_after_the_effective_date_activates_at_once_and_launches_the_candidacy()
    {
        var candidacy = await _services.SendAsync(new OpenCandidacy(_f.Network.Id, _f.Step.Id, "Livraison à vélo cargo", "Pau"), _f.HeadStaff);
        var draft = await _f.DraftAsync(_services, _f.Step.Id, LicenceSamples.Pau(new DateOnly(2026, 11, 1)), candidacy.Id);
        var signed = await _services.SendAsync(new SignLicence(draft.Id, draft.Version), _f.HeadAdmin);
        Assert.Equal((ContractStatus.Active, new DateOnly(2026, 11, 1)), (signed.Status, signed.ActivatedOn!.Value));
        Assert.Equal(_f.Network.Id, signed.NetworkId);

        var dispatcher = _services.Get<OutboxDispatcher>();
        while (await dispatcher.DispatchPendingAsync() > 0) { }
        var launched = await _services.SendAsync(new GetCandidacy(candidacy.Id));
        Assert.Equal((CandidacyStage.Launched, draft.Id), (launched.Stage, launched.ContractId!.Value));
    }

    [DbFact]
    public async Task An_overlapping_territory_of_an_exclusive_licence_is_refused_naming_it()
    {
        var pau = await _f.DraftAsync(_services, _f.Step.Id, LicenceSamples.Pau(new DateOnly(2026, 11, 1)));
        await _services.SendAsync(new SignLicence(pau.Id, pau.Version), _f.HeadAdmin);
        var bearn = LicenceSamples.Pau() with { Territory = new Territory([], ["64"], "Béarn"), Exclusive = false };

        var refused = await Assert.ThrowsAsync<InputValidationException>(() => _f.DraftAsync(_services, _f.Other.Id, bearn));
        var error = Assert.Single(refused.Errors);
        Assert.Equal("/content/territory", error.Path);
        Assert.Contains(pau.Id.ToString(), error.Message, StringComparison.Ordinal);
        Assert.Contains("STEP", error.Message, StringComparison.Ordinal);
        Assert.Contains("64445", error.Message, StringComparison.Ordinal);

        var gironde = await _f.DraftAsync(_services, _f.Other.Id, bearn with { Territory = new Territory([], ["33"], null) });
        Assert.Equal(ContractStatus.Draft, gironde.Status);
        var otherBrand = bearn with { Brand = bearn.Brand! with { Name = "Autre marque" } };
        Assert.Equal(ContractStatus.Draft, (await _f.DraftAsync(_services, _f.Other.Id, otherBrand)).Status);
        // An exclusive draft may not cover a running non-exclusive licence either.
        var bordeauxCentre = await _services.SendAsync(new SignLicence(gironde.Id, gironde.Version), _f.HeadAdmin);
        Assert.Equal(ContractStatus.Signed, bordeauxCentre.Status);
        await Assert.ThrowsAsync<InputValidationException>(() => _f.DraftAsync(_services, _f.Other.Id,
            LicenceSamples.Pau() with { Territory = new Territory(["33063"], [], null) }));
    }

    [DbFact]
    public async Task Only_drafts_are_edited_and_a_stale_version_is_a_conflict()
    {
        var draft = await _f.DraftAsync(_services, _f.Step.Id, LicenceSamples.Pau() with { RoyaltyTerms = null });
        var noTerms = await Assert.ThrowsAsync<InputValidationException>(() => _services.SendAsync(new SignLicence(draft.Id, draft.Version), _f.HeadAdmin));
        Assert.Equal(["/content/royaltyTerms"], noTerms.Errors.Select(e => e.Path));

        var edited = await _services.SendAsync(new UpdateLicenceDraft(draft.Id, draft.Version, LicenceSamples.Pau()), _f.HeadStaff);
        Assert.Equal(2, edited.Version);
        Assert.Equal("modifié : royaltyTerms", edited.History[^1].Details);
        await Assert.ThrowsAsync<ConflictException>(() => _services.SendAsync(new UpdateLicenceDraft(draft.Id, draft.Version, LicenceSamples.Pau()), _f.HeadStaff));
        await Assert.ThrowsAsync<ConflictException>(() => _services.SendAsync(new SignLicence(draft.Id, draft.Version), _f.HeadStaff));

        var signed = await _services.SendAsync(new SignLicence(draft.Id, edited.Version), _f.HeadStaff);
        await Assert.ThrowsAsync<ConflictException>(() => _services.SendAsync(new UpdateLicenceDraft(draft.Id, signed.Version, LicenceSamples.Pau()), _f.HeadStaff));
        await Assert.ThrowsAsync<ConflictException>(() => _services.SendAsync(new SignLicence(draft.Id, signed.Version), _f.HeadStaff));
    }

    [DbFact]
    public async Task The_grantor_manages_the_licensee_reads_and_others_do_not_see_it()
    {
        var draft = await _f.DraftAsync(_services, _f.Step.Id, LicenceSamples.Pau());
        Assert.Equal(draft.Id, (await _services.SendAsync(new GetLicence(draft.Id), _f.StepAdmin)).Id);
        await Assert.ThrowsAsync<ForbiddenException>(() => _services.SendAsync(new SignLicence(draft.Id, draft.Version), _f.StepAdmin));
        await Assert.ThrowsAsync<NotFoundException>(() => _services.SendAsync(new GetLicence(draft.Id), _f.OutsiderAdmin));
        await Assert.ThrowsAsync<NotFoundException>(() => _services.SendAsync(new SignLicence(draft.Id, draft.Version), _f.OutsiderAdmin));
        await Assert.ThrowsAsync<NotFoundException>(() => _services.SendAsync(
            new DraftLicence(_f.Head.Id, _f.Step.Id, null, null, LicenceSamples.Pau()), _f.OutsiderAdmin));
        await Assert.ThrowsAsync<ForbiddenException>(() => _services.SendAsync(
            new DraftLicence(_f.Step.Id, _f.Step.Id, null, null, LicenceSamples.Pau()), _f.StepAdmin));

        Assert.Equal(1, (await _services.SendAsync(new ListLicences(), _f.StepAdmin)).Total);
        Assert.Equal(0, (await _services.SendAsync(new ListLicences(), _f.OutsiderAdmin)).Total);
        var wrongParties = await Assert.ThrowsAsync<InputValidationException>(() => _services.SendAsync(
            new DraftLicence(_f.Head.Id, _f.Outsider.Id, _f.Network.Id, Guid.CreateVersion7(), LicenceSamples.Pau()), _f.HeadAdmin));
        Assert.Equal(["/licenseeOrganizationId", "/candidacyId"], wrongParties.Errors.Select(e => e.Path));
    }

    [DbFact]
    public async Task Tacit_renewal_and_expiry_follow_the_renewal_decision()
    {
        var content = LicenceSamples.Pau(new DateOnly(2026, 1, 1), end: new DateOnly(2026, 12, 31));
        var renews = await _f.DraftAsync(_services, _f.Step.Id, content);
        var expires = await _f.DraftAsync(_services, _f.Other.Id, content with { Territory = new Territory(["69387"], [], null) });
        var a = await _services.SendAsync(new SignLicence(renews.Id, renews.Version), _f.HeadAdmin);
        var b = await _services.SendAsync(new SignLicence(expires.Id, expires.Version), _f.HeadAdmin);
        Assert.Equal(new DateOnly(2026, 10, 2), a.RenewalDecisionDue);

        var late = await Assert.ThrowsAsync<InputValidationException>(() => _services.SendAsync(
            new DecideLicenceRenewal(expires.Id, b.Version, RenewalDecision.DoNotRenew), _f.HeadAdmin));
        Assert.Equal("/decision", Assert.Single(late.Errors).Path);
        _services.Clock.Advance(TimeSpan.FromDays(-60));
        await _services.SendAsync(new DecideLicenceRenewal(expires.Id, b.Version, RenewalDecision.DoNotRenew), _f.HeadAdmin);

        _services.Clock.Advance(TimeSpan.FromDays(60 + 39)); // 1 January 2027
        await RunJobAsync();
        await RunJobAsync();
        var renewed = await _services.SendAsync(new GetLicence(renews.Id));
        Assert.Equal((ContractStatus.Active, new DateOnly(2027, 12, 31)), (renewed.Status, renewed.Content.Term!.EndDate!.Value));
        Assert.Single(renewed.History, h => h.Action == "renewed");
        var expired = await _services.SendAsync(new GetLicence(expires.Id));
        Assert.Equal((ContractStatus.Expired, new DateOnly(2026, 12, 31)), (expired.Status, expired.EndedOn!.Value));
        var events = await EventsAsync();
        Assert.Single(events, e => e == "licences.licence-renewed.v1");
        Assert.Single(events, e => e == "licences.licence-expired.v1");
    }

    [DbFact]
    public async Task Suspension_needs_a_reason_and_resumes_to_active()
    {
        var draft = await _f.DraftAsync(_services, _f.Step.Id, LicenceSamples.Pau(new DateOnly(2026, 11, 1)));
        var active = await _services.SendAsync(new SignLicence(draft.Id, draft.Version), _f.HeadAdmin);
        var noReason = await Assert.ThrowsAsync<InputValidationException>(() => _services.SendAsync(new SuspendLicence(draft.Id, active.Version, ""), _f.HeadStaff));
        Assert.Equal("/reason", Assert.Single(noReason.Errors).Path);
        await Assert.ThrowsAsync<ForbiddenException>(() => _services.SendAsync(new SuspendLicence(draft.Id, active.Version, "Impayés"), _f.StepAdmin));
        await Assert.ThrowsAsync<ConflictException>(() => _services.SendAsync(new ResumeLicence(draft.Id, active.Version), _f.HeadStaff));

        var suspended = await _services.SendAsync(new SuspendLicence(draft.Id, active.Version, "Redevances impayées depuis 3 mois"), _f.HeadStaff);
        Assert.Equal((ContractStatus.Suspended, new DateOnly(2026, 11, 23), "Redevances impayées depuis 3 mois"),
            (suspended.Status, suspended.SuspendedOn!.Value, suspended.SuspensionReason));
        var amended = await _services.SendAsync(new AmendLicence(draft.Id, suspended.Version, new DateOnly(2026, 12, 1), "Échéancier de paiement"), _f.HeadStaff);
        var resumed = await _services.SendAsync(new ResumeLicence(draft.Id, amended.Version), _f.HeadStaff);
        Assert.Equal((ContractStatus.Active, null), (resumed.Status, resumed.SuspendedOn));
        Assert.Equal(["drafted", "signed", "activated", "suspended", "amended", "resumed"], resumed.History.Select(h => h.Action));
        var events = await EventsAsync();
        Assert.Contains("licences.licence-suspended.v1", events);
        Assert.Contains("licences.licence-resumed.v1", events);
    }

    [DbFact]
    public async Task A_template_drafts_the_licence_of_a_candidacy()
    {
        var standard = LicenceSamples.Pau(new DateOnly(2025, 1, 1));
        var template = await _services.SendAsync(new CreateLicenceTemplate(_f.Head.Id, "Licence standard", standard.Brand, standard.RoyaltyTerms,
            standard.ObligationTerms, standard.ExitTerms), _f.HeadAdmin);
        var duplicate = await Assert.ThrowsAsync<InputValidationException>(() => _services.SendAsync(new CreateLicenceTemplate(_f.Head.Id, "Licence standard",
            standard.Brand, null, null, null), _f.HeadAdmin));
        Assert.Equal("/name", Assert.Single(duplicate.Errors).Path);
        await Assert.ThrowsAsync<ForbiddenException>(() => _services.SendAsync(new CreateLicenceTemplate(_f.Head.Id, "X", standard.Brand, null, null, null),
            NetworkFixture.Person("Comptable", _f.Head.Id, BuildingBlocks.Actors.Roles.Accountant)));
        await Assert.ThrowsAsync<NotFoundException>(() => _services.SendAsync(new CreateLicenceTemplate(_f.Head.Id, "X", standard.Brand, null, null, null), _f.StepAdmin));
        Assert.Equal(["Licence standard"], (await _services.SendAsync(new ListLicenceTemplates(_f.Head.Id), _f.HeadStaff)).Select(t => t.Name));

        var candidacy = await _services.SendAsync(new OpenCandidacy(_f.Network.Id, _f.Other.Id, "Livraison à vélo cargo", "Lyon 7e"), _f.HeadStaff);
        var term = new BuildingBlocks.ContractLifecycle.ContractTerm(new DateOnly(2027, 2, 1), new DateOnly(2030, 1, 31));
        var draft = await _services.SendAsync(new DraftLicenceFromTemplate(template.Id, candidacy.Id, new Territory(["69387"], [], null), true, false, term), _f.HeadStaff);

        Assert.Equal((_f.Other.Id, candidacy.Id, _f.Network.Id), (draft.LicenseeOrganizationId, draft.CandidacyId!.Value, draft.NetworkId!.Value));
        Assert.Equal(new DateOnly(2027, 2, 1), draft.Content.RoyaltyTerms!.EffectiveDate);
        Assert.Equal(new DateOnly(2027, 2, 1), draft.Content.RoyaltyTerms.Components![1].Date);
        Assert.Equal("DECL-CA", Assert.Single(draft.Content.ObligationTerms!)!.Code);
        await Assert.ThrowsAsync<InputValidationException>(() => _services.SendAsync(
            new DraftLicenceFromTemplate(template.Id, Guid.CreateVersion7(), new Territory(["69387"], [], null), false, false, term), _f.HeadStaff));
        await Assert.ThrowsAsync<NotFoundException>(() => _services.SendAsync(
            new DraftLicenceFromTemplate(template.Id, candidacy.Id, new Territory(["69387"], [], null), false, false, term), _f.OutsiderAdmin));
    }

    [DbFact]
    public async Task The_licensee_submits_brand_uses_and_the_network_approves_or_rejects_them()
    {
        var draft = await _f.DraftAsync(_services, _f.Step.Id, LicenceSamples.Pau());
        await Assert.ThrowsAsync<ConflictException>(() => _services.SendAsync(new SubmitBrandUse(draft.Id, BrandUseKind.Flyer, "Flyer d'ouverture"), _f.StepAdmin));
        _services.Clock.Advance(TimeSpan.FromDays(8));
        await _services.SendAsync(new SignLicence(draft.Id, draft.Version), _f.HeadAdmin);

        var flyer = await _services.SendAsync(new SubmitBrandUse(draft.Id, BrandUseKind.Flyer, "Flyer d'ouverture", "flyer-v1.pdf"), _f.StepAdmin);
        var livery = await _services.SendAsync(new SubmitBrandUse(draft.Id, BrandUseKind.VehicleLivery, "Livrée du vélo n° 3"), _f.StepAdmin);
        await Assert.ThrowsAsync<ForbiddenException>(() => _services.SendAsync(new SubmitBrandUse(draft.Id, BrandUseKind.Other, "x"), _f.HeadStaff));
        await Assert.ThrowsAsync<ForbiddenException>(() => _services.SendAsync(new DecideBrandUse(flyer.Id, true, null), _f.StepAdmin));
        await Assert.ThrowsAsync<NotFoundException>(() => _services.SendAsync(new DecideBrandUse(flyer.Id, true, null), _f.OutsiderAdmin));
        var noWhy = await Assert.ThrowsAsync<InputValidationException>(() => _services.SendAsync(new DecideBrandUse(livery.Id, false, " "), _f.HeadStaff));
        Assert.Equal("/comment", Assert.Single(noWhy.Errors).Path);

        var approved = await _services.SendAsync(new DecideBrandUse(flyer.Id, true, null), _f.HeadStaff);
        var rejected = await _services.SendAsync(new DecideBrandUse(livery.Id, false, "Logo hors charte : utiliser la version 2024"), _f.HeadStaff);
        Assert.Equal((BrandUseStatus.Approved, "Chargée de réseau"), (approved.Status, approved.DecidedBy));
        Assert.Equal(BrandUseStatus.Rejected, rejected.Status);
        await Assert.ThrowsAsync<ConflictException>(() => _services.SendAsync(new DecideBrandUse(flyer.Id, false, "Finalement non"), _f.HeadStaff));

        var uses = await _services.SendAsync(new ListBrandUses(draft.Id), _f.StepAdmin);
        Assert.Equal(2, uses.Count);
        Assert.Contains(uses, u => u is { Kind: BrandUseKind.VehicleLivery, Comment: "Logo hors charte : utiliser la version 2024" });
        await Assert.ThrowsAsync<NotFoundException>(() => _services.SendAsync(new ListBrandUses(draft.Id), _f.OutsiderAdmin));
    }

    [DbFact]
    public async Task Signed_documents_are_kept_with_hash_size_type_and_uploader_for_the_parties_only()
    {
        var draft = await _f.DraftAsync(_services, _f.Step.Id, LicenceSamples.Pau());
        var pdf = "%PDF-1.7 contrat signé"u8.ToArray();
        var attached = await _services.SendAsync(new AttachLicenceDocument(draft.Id, "contrat-signé.pdf", "application/pdf", pdf), _f.HeadStaff);
        Assert.Equal((pdf.Length, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf)), "Chargée de réseau"),
            (attached.SizeBytes, attached.Sha256, attached.UploadedBy));
        await _services.SendAsync(new AttachLicenceDocument(draft.Id, "kbis.png", "image/png", [0x89, 0x50, 0x4E, 0x47, 1, 2]), _f.StepAdmin);

        var bad = await Assert.ThrowsAsync<InputValidationException>(() => _services.SendAsync(
            new AttachLicenceDocument(draft.Id, "../virus.exe", "application/x-msdownload", [0x4D, 0x5A]), _f.HeadStaff));
        Assert.Equal(["/fileName", "/contentType"], bad.Errors.Select(e => e.Path));
        var spoofed = await Assert.ThrowsAsync<InputValidationException>(() => _services.SendAsync(
            new AttachLicenceDocument(draft.Id, "faux.pdf", "application/pdf", [0x4D, 0x5A]), _f.HeadStaff));
        Assert.Equal("/content", Assert.Single(spoofed.Errors).Path);
        await Assert.ThrowsAsync<NotFoundException>(() => _services.SendAsync(new AttachLicenceDocument(draft.Id, "x.pdf", "application/pdf", pdf), _f.OutsiderAdmin));

        Assert.Equal(["contrat-signé.pdf", "kbis.png"], (await _services.SendAsync(new ListLicenceDocuments(draft.Id), _f.StepAdmin)).Select(d => d.FileName).Order());
        var file = await _services.SendAsync(new OpenLicenceDocument(draft.Id, attached.Id), _f.StepAdmin);
        await using (var content = file.Content)
        using (var copy = new MemoryStream())
        {
            await content.CopyToAsync(copy);
            Assert.Equal(pdf, copy.ToArray());
        }
        await Assert.ThrowsAsync<NotFoundException>(() => _services.SendAsync(new OpenLicenceDocument(draft.Id, attached.Id), _f.OutsiderAdmin));
    }

    [DbFact]
    public async Task Lists_filter_by_status_structure_brand_and_coming_end()
    {
        var pau = await _f.DraftAsync(_services, _f.Step.Id, LicenceSamples.Pau(new DateOnly(2024, 1, 1), end: new DateOnly(2027, 1, 31)));
        await _services.SendAsync(new SignLicence(pau.Id, pau.Version), _f.HeadAdmin);
        await _f.DraftAsync(_services, _f.Other.Id, LicenceSamples.Pau() with { Territory = new Territory(["69387"], [], null) });

        Assert.Equal(2, (await _services.SendAsync(new ListLicences(), _f.HeadStaff)).Total);
        Assert.Equal([_f.Other.Id], (await _services.SendAsync(new ListLicences(Status: ContractStatus.Draft), _f.HeadStaff)).Items.Select(l => l.LicenseeOrganizationId));
        Assert.Equal([pau.Id], (await _services.SendAsync(new ListLicences(StructureId: _f.Step.Id), _f.HeadStaff)).Items.Select(l => l.Id));
        Assert.Equal(2, (await _services.SendAsync(new ListLicences(Brand: "les triporteurs"), _f.HeadStaff)).Total);
        Assert.Equal(0, (await _services.SendAsync(new ListLicences(Brand: "Les Tri"), _f.HeadStaff)).Total);
        Assert.Equal(0, (await _services.SendAsync(new ListLicences(EndingWithinDays: 60), _f.HeadStaff)).Total);
        Assert.Equal([pau.Id], (await _services.SendAsync(new ListLicences(EndingWithinDays: 90), _f.HeadStaff)).Items.Select(l => l.Id));
        var page = await _services.SendAsync(new ListLicences(Page: 2, PageSize: 1), _f.HeadStaff);
        Assert.Equal((2L, 1), (page.Total, page.Items.Count));
    }
}

public sealed class SqliteLicenceTests : LicenceScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[RequiresSqlServer]
public sealed class SqlServerLicenceTests : LicenceScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.SqlServer;
}
