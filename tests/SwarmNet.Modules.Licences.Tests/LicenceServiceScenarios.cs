using SwarmNet.BuildingBlocks.ContractLifecycle;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.ContractKernel.Documents;
using SwarmNet.ContractKernel.Exit;
using SwarmNet.ContractKernel.Running;
using SwarmNet.Modules.Licences.BrandUses;
using SwarmNet.Modules.Licences.Domain;
using SwarmNet.Modules.Licences.Reading;
using SwarmNet.Modules.Licences.Templates;
using SwarmNet.Modules.Network.Contracts.Candidacies;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Modules.Licences.Tests;

/// <summary>Around the licence: templates, brand uses, documents, the exit checklist, lists.</summary>
public abstract class LicenceServiceScenarios : LicenceScenarioBase
{
    [DbFact]
    public async Task A_template_drafts_the_licence_of_a_candidacy()
    {
        var standard = LicenceSamples.Pau(new DateOnly(2025, 1, 1));
        var template = await Services.SendAsync(new CreateLicenceTemplate(F.Head.Id, "Licence standard", standard.Brand, standard.RoyaltyTerms,
            standard.ObligationTerms, standard.ExitTerms), F.HeadAdmin);
        var duplicate = await Assert.ThrowsAsync<InputValidationException>(() => Services.SendAsync(new CreateLicenceTemplate(F.Head.Id, "Licence standard",
            standard.Brand, null, null, null), F.HeadAdmin));
        Assert.Equal("/name", Assert.Single(duplicate.Errors).Path);
        var foreign = await Assert.ThrowsAsync<InputValidationException>(() => Services.SendAsync(new CreateLicenceTemplate(F.Head.Id, "Autre",
            standard.Brand! with { Name = "Simplon" }, null, null, null), F.HeadAdmin));
        Assert.Equal("/brand/name", Assert.Single(foreign.Errors).Path);
        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SendAsync(new CreateLicenceTemplate(F.Head.Id, "X", standard.Brand, null, null, null),
            NetworkFixture.Person("Comptable", F.Head.Id, BuildingBlocks.Actors.Roles.Accountant)));
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new CreateLicenceTemplate(F.Head.Id, "X", standard.Brand, null, null, null), F.StepAdmin));
        Assert.Equal(["Licence standard"], (await Services.SendAsync(new ListLicenceTemplates(F.Head.Id), F.HeadStaff)).Select(t => t.Name));

        var candidacy = await Services.SendAsync(new OpenCandidacy(F.Network.Id, F.Other.Id, "Livraison à vélo cargo", "Lyon 7e"), F.HeadStaff);
        var term = new ContractTerm(new DateOnly(2027, 2, 1), new DateOnly(2030, 1, 31));
        var draft = await Services.SendAsync(new DraftLicenceFromTemplate(template.Id, candidacy.Id, new Territory(["69387"], [], null), true, false, term), F.HeadStaff);

        Assert.Equal((F.Other.Id, candidacy.Id, F.Network.Id), (draft.LicenseeOrganizationId, draft.CandidacyId!.Value, draft.NetworkId!.Value));
        Assert.Equal(new DateOnly(2027, 2, 1), draft.Content.RoyaltyTerms!.EffectiveDate);
        Assert.Equal(new DateOnly(2027, 2, 1), draft.Content.RoyaltyTerms.Components![1].Date);
        Assert.Equal("DECL-CA", Assert.Single(draft.Content.ObligationTerms!)!.Code);
        await Assert.ThrowsAsync<InputValidationException>(() => Services.SendAsync(
            new DraftLicenceFromTemplate(template.Id, Guid.CreateVersion7(), new Territory(["69387"], [], null), false, false, term), F.HeadStaff));
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(
            new DraftLicenceFromTemplate(template.Id, candidacy.Id, new Territory(["69387"], [], null), false, false, term), F.OutsiderAdmin));
    }

    [DbFact]
    public async Task The_licensee_submits_brand_uses_and_the_network_approves_or_rejects_them()
    {
        var draft = await F.DraftAsync(Services, F.Step.Id, LicenceSamples.Pau());
        await Assert.ThrowsAsync<ConflictException>(() => Services.SendAsync(new SubmitBrandUse(draft.Id, BrandUseKind.Flyer, "Flyer d'ouverture"), F.StepAdmin));
        Services.Clock.Advance(TimeSpan.FromDays(8));
        await F.SignBothAsync(Services, draft);

        var flyer = await Services.SendAsync(new SubmitBrandUse(draft.Id, BrandUseKind.Flyer, "Flyer d'ouverture", "flyer-v1.pdf"), F.StepAdmin);
        var livery = await Services.SendAsync(new SubmitBrandUse(draft.Id, BrandUseKind.VehicleLivery, "Livrée du vélo n° 3"), F.StepAdmin);
        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SendAsync(new SubmitBrandUse(draft.Id, BrandUseKind.Other, "x"), F.HeadStaff));
        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SendAsync(new DecideBrandUse(flyer.Id, true, null), F.StepAdmin));
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new DecideBrandUse(flyer.Id, true, null), F.OutsiderAdmin));
        var noWhy = await Assert.ThrowsAsync<InputValidationException>(() => Services.SendAsync(new DecideBrandUse(livery.Id, false, " "), F.HeadStaff));
        Assert.Equal("/comment", Assert.Single(noWhy.Errors).Path);

        var approved = await Services.SendAsync(new DecideBrandUse(flyer.Id, true, null), F.HeadStaff);
        var rejected = await Services.SendAsync(new DecideBrandUse(livery.Id, false, "Logo hors charte : utiliser la version 2024"), F.HeadStaff);
        Assert.Equal((BrandUseStatus.Approved, "Chargée de réseau"), (approved.Status, approved.DecidedBy));
        Assert.Equal(BrandUseStatus.Rejected, rejected.Status);
        await Assert.ThrowsAsync<ConflictException>(() => Services.SendAsync(new DecideBrandUse(flyer.Id, false, "Finalement non"), F.HeadStaff));
        Assert.Equal("livrée de véhicule : refusé — Logo hors charte : utiliser la version 2024", (await Services.GetAsync(draft.Id)).History[^1].Details);

        var uses = await Services.SendAsync(new ListBrandUses(draft.Id), F.StepAdmin);
        Assert.Equal(2, uses.Count);
        Assert.Contains(uses, u => u is { Kind: BrandUseKind.VehicleLivery, Comment: "Logo hors charte : utiliser la version 2024" });
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new ListBrandUses(draft.Id), F.OutsiderAdmin));
    }

    [DbFact]
    public async Task Signed_documents_are_kept_with_hash_size_type_and_uploader_for_the_parties_only()
    {
        var draft = await F.DraftAsync(Services, F.Step.Id, LicenceSamples.Pau());
        var pdf = "%PDF-1.7 contrat signé"u8.ToArray();
        var attached = await Services.SendAsync(new AttachContractDocument<LicenceKind>(draft.Id, "contrat-signé.pdf", "application/pdf", pdf), F.HeadStaff);
        Assert.Equal((pdf.Length, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf)), "Chargée de réseau"),
            (attached.SizeBytes, attached.Sha256, attached.UploadedBy));
        await Services.SendAsync(new AttachContractDocument<LicenceKind>(draft.Id, "kbis.png", "image/png", [0x89, 0x50, 0x4E, 0x47, 1, 2]), F.StepAdmin);

        var bad = await Assert.ThrowsAsync<InputValidationException>(() => Services.SendAsync(
            new AttachContractDocument<LicenceKind>(draft.Id, "../virus.exe", "application/x-msdownload", [0x4D, 0x5A]), F.HeadStaff));
        Assert.Equal(["/fileName", "/contentType"], bad.Errors.Select(e => e.Path));
        var spoofed = await Assert.ThrowsAsync<InputValidationException>(() => Services.SendAsync(
            new AttachContractDocument<LicenceKind>(draft.Id, "faux.pdf", "application/pdf", [0x4D, 0x5A]), F.HeadStaff));
        Assert.Equal("/content", Assert.Single(spoofed.Errors).Path);
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new AttachContractDocument<LicenceKind>(draft.Id, "x.pdf", "application/pdf", pdf), F.OutsiderAdmin));
        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SendAsync(new AttachContractDocument<LicenceKind>(draft.Id, "x.pdf", "application/pdf", pdf),
            NetworkFixture.Person("Membre STEP", F.Step.Id, BuildingBlocks.Actors.Roles.StructureMember)));

        var listed = await Services.SendAsync(new ListContractDocuments<LicenceKind>(draft.Id), F.StepAdmin);
        Assert.Equal(["contrat-signé.pdf", "kbis.png"], listed.Select(d => d.FileName).Order());
        var file = await Services.SendAsync(new OpenContractDocument<LicenceKind>(draft.Id, attached.Id), F.StepAdmin);
        await using (var content = file.Content)
        using (var copy = new MemoryStream())
        {
            await content.CopyToAsync(copy);
            Assert.Equal(pdf, copy.ToArray());
        }
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new OpenContractDocument<LicenceKind>(draft.Id, attached.Id), F.OutsiderAdmin));
    }

    [DbFact]
    public async Task The_exit_checklist_opens_with_notice_and_both_parties_tick_it()
    {
        var draft = await F.DraftAsync(Services, F.Step.Id, LicenceSamples.Pau(new DateOnly(2026, 11, 1)));
        var active = await F.SignBothAsync(Services, draft);
        Assert.Empty(active.ExitChecklist);
        await Assert.ThrowsAsync<ConflictException>(() => Services.SendAsync(new TickExitItem<LicenceKind>(draft.Id, "stock", true), F.StepAdmin));

        var early = await Assert.ThrowsAsync<InputValidationException>(() => Services.SendAsync(
            new TerminateContract<LicenceKind>(draft.Id, active.Version, "Cessation d'activité", new DateOnly(2026, 12, 31)), F.StepAdmin));
        Assert.Equal(("/on", "Préavis de 90 jours : la résiliation peut prendre effet au plus tôt le 21/02/2027."), (early.Errors[0].Path, early.Errors[0].Message));
        await Services.SendAsync(new TerminateContract<LicenceKind>(draft.Id, active.Version, "Cessation d'activité", new DateOnly(2027, 3, 1)), F.StepAdmin);

        await Services.SendAsync(new TickExitItem<LicenceKind>(draft.Id, "brandUse", true, "Enseignes déposées le 28/02"), F.StepAdmin);
        await Services.SendAsync(new TickExitItem<LicenceKind>(draft.Id, "data", true), F.HeadStaff);
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new TickExitItem<LicenceKind>(draft.Id, "vélos", true), F.HeadStaff));
        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SendAsync(new TickExitItem<LicenceKind>(draft.Id, "stock", true),
            NetworkFixture.Person("Membre STEP", F.Step.Id, BuildingBlocks.Actors.Roles.StructureMember)));
        var ending = await Services.GetAsync(draft.Id);
        Assert.Equal(["brandUse", "stock", "data"], ending.ExitChecklist.Select(i => i.Item));
        Assert.Equal([true, false, true], ending.ExitChecklist.Select(i => i.Done));
        Assert.Equal(("Référente STEP", "Enseignes déposées le 28/02"), (ending.ExitChecklist[0].DoneBy, ending.ExitChecklist[0].Note));
        Assert.Equal((new DateOnly(2027, 3, 1), BuildingBlocks.ContractLifecycle.ContractStatus.Active), (ending.Notice!.TerminatesOn, ending.Status));
    }

    [DbFact]
    public async Task Lists_filter_by_status_structure_brand_and_coming_end()
    {
        var pau = await F.DraftAsync(Services, F.Step.Id, LicenceSamples.Pau(new DateOnly(2024, 1, 1), end: new DateOnly(2027, 1, 31)));
        await F.SignBothAsync(Services, pau);
        await F.DraftAsync(Services, F.Other.Id, LicenceSamples.Pau() with { Territory = new Territory(["69387"], [], null) });

        Assert.Equal(2, (await Services.SendAsync(new ListLicences(), F.HeadStaff)).Total);
        Assert.Equal([F.Other.Id], (await Services.SendAsync(new ListLicences(Status: ContractStatus.Draft), F.HeadStaff)).Items.Select(l => l.LicenseeOrganizationId));
        Assert.Equal([pau.Id], (await Services.SendAsync(new ListLicences(StructureId: F.Step.Id), F.HeadStaff)).Items.Select(l => l.Id));
        Assert.Equal(2, (await Services.SendAsync(new ListLicences(Brand: "les triporteurs"), F.HeadStaff)).Total);
        Assert.Equal(0, (await Services.SendAsync(new ListLicences(Brand: "Les Tri"), F.HeadStaff)).Total);
        Assert.Equal(0, (await Services.SendAsync(new ListLicences(EndingWithinDays: 60), F.HeadStaff)).Total);
        Assert.Equal([pau.Id], (await Services.SendAsync(new ListLicences(EndingWithinDays: 90), F.HeadStaff)).Items.Select(l => l.Id));
        var page = await Services.SendAsync(new ListLicences(Page: 2, PageSize: 1), F.HeadStaff);
        Assert.Equal((2L, 1), (page.Total, page.Items.Count));
    }
}

public sealed class SqliteLicenceServiceTests : LicenceServiceScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[RequiresSqlServer]
public sealed class SqlServerLicenceServiceTests : LicenceServiceScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.SqlServer;
}
