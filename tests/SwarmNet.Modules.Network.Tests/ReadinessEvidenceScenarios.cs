using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Documents;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.Modules.Network.Contracts.Candidacies;
using SwarmNet.Modules.Network.Contracts.Networks;
using SwarmNet.Modules.Network.Readiness;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Modules.Network.Tests;

/// <summary>Readiness items are ticked with evidence (a note, a past date, a file where the item says so), and each tick is history.</summary>
public abstract class ReadinessEvidenceScenarios : NetworkScenarioBase
{
    private static readonly byte[] Pdf = "%PDF-1.7 attestation"u8.ToArray();

    private async Task<CandidacyDto> OpenWithInsuranceItemAsync()
    {
        var items = F.Network.ReadinessChecklist.Append(new ChecklistTemplateItem("INSURANCE", "Attestation d'assurance fournie", true, RequiresFile: true)).ToList();
        var network = await Services.SendAsync(new UpdateReadinessChecklist(F.Network.Id, F.Network.Version, items), F.HeadAdmin);
        Assert.True(network.ReadinessChecklist[^1].RequiresFile);
        return await Services.SendAsync(new OpenCandidacy(F.Network.Id, F.Step.Id, "Livraison à vélo cargo", "Pau"), F.HeadStaff);
    }

    [DbFact]
    public async Task A_mandatory_item_needs_a_note_and_a_date_not_in_the_future()
    {
        var candidacy = await OpenWithInsuranceItemAsync();
        var referent = candidacy.Checklist[0].Id;

        var bare = await Assert.ThrowsAsync<InputValidationException>(() =>
            Services.SendAsync(new RecordReadinessEvidence(candidacy.Id, referent, true), F.StepAdmin));
        Assert.Equal(["/note", "/date"], bare.Errors.Select(e => e.Path));
        var future = await Assert.ThrowsAsync<InputValidationException>(() =>
            Services.SendAsync(new RecordReadinessEvidence(candidacy.Id, referent, true, "Fiche de poste", new DateOnly(2030, 1, 1)), F.StepAdmin));
        Assert.Equal(["/date"], future.Errors.Select(e => e.Path));

        var ticked = await Services.SendAsync(new RecordReadinessEvidence(candidacy.Id, referent, true, " Fiche de poste signée ", Today), F.StepAdmin);
        Assert.Equal((true, "Fiche de poste signée", Today), (ticked.Checklist[0].Done, ticked.Checklist[0].EvidenceNote, ticked.Checklist[0].EvidenceDate));
        var unticked = await Services.SendAsync(new RecordReadinessEvidence(candidacy.Id, referent, false), F.HeadStaff);
        Assert.Equal((false, null), (unticked.Checklist[0].Done, unticked.Checklist[0].EvidenceNote));
    }

    [DbFact]
    public async Task An_item_that_requires_a_file_is_ticked_by_upload_and_keeps_its_file()
    {
        var candidacy = await OpenWithInsuranceItemAsync();
        var insurance = candidacy.Checklist[^1];
        Assert.True(insurance.RequiresFile);

        var noFile = await Assert.ThrowsAsync<InputValidationException>(() =>
            Services.SendAsync(new RecordReadinessEvidence(candidacy.Id, insurance.Id, true, "Attestation MAIF", Today), F.StepAdmin));
        Assert.Equal(["/file"], noFile.Errors.Select(e => e.Path));
        var noNote = await Assert.ThrowsAsync<InputValidationException>(() => Services.SendAsync(
            new AttachReadinessEvidence(candidacy.Id, insurance.Id, null, Today, new UploadedFile("assurance.pdf", "application/pdf", Pdf)), F.StepAdmin));
        Assert.Equal(["/note"], noNote.Errors.Select(e => e.Path));

        var uploaded = await Services.SendAsync(
            new AttachReadinessEvidence(candidacy.Id, insurance.Id, "Attestation MAIF 2026", Today, new UploadedFile("assurance.pdf", "application/pdf", Pdf)), F.StepAdmin);
        var file = uploaded.Checklist[^1].EvidenceFile!;
        Assert.Equal(("assurance.pdf", Pdf.Length, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Pdf))), (file.FileName, (int)file.SizeBytes, file.Sha256));
        var reworded = await Services.SendAsync(new RecordReadinessEvidence(candidacy.Id, insurance.Id, true, "Attestation MAIF, contrat 42", Today), F.HeadStaff);
        Assert.Equal("assurance.pdf", reworded.Checklist[^1].EvidenceFile?.FileName);

        var opened = await Services.SendAsync(new OpenEvidenceFile(candidacy.Id, insurance.Id), F.HeadStaff);
        await using (var content = opened.Content)
        using (var copy = new MemoryStream())
        {
            await content.CopyToAsync(copy);
            Assert.Equal(Pdf, copy.ToArray());
        }
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new OpenEvidenceFile(candidacy.Id, insurance.Id), F.OutsiderAdmin));
    }

    [DbFact]
    public async Task Each_tick_and_untick_goes_into_the_history_with_who_made_it()
    {
        var candidacy = await OpenWithInsuranceItemAsync();
        var impact = candidacy.Checklist[1];

        await Services.SendAsync(new RecordReadinessEvidence(candidacy.Id, impact.Id, true, "Étude d'impact", Today), F.StepAdmin);
        var after = await Services.SendAsync(new RecordReadinessEvidence(candidacy.Id, impact.Id, false), F.HeadStaff);

        var entries = after.History.Where(h => h.Kind != CandidacyEventKind.StageChanged).ToList();
        Assert.Equal([(CandidacyEventKind.ItemTicked, "Référente STEP", "Étude d'impact"), (CandidacyEventKind.ItemUnticked, "Chargée de réseau", null)],
            entries.Select(e => (e.Kind, e.ActorName, e.Comment)));
        Assert.All(entries, e => Assert.Equal((impact.Label, CandidacyStage.Lead), (e.Subject, e.To)));
        Assert.Equal(candidacy.Version + 2, after.Version);
    }
}

public sealed class SqliteReadinessEvidenceTests : ReadinessEvidenceScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[RequiresSqlServer]
public sealed class SqlServerReadinessEvidenceTests : ReadinessEvidenceScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.SqlServer;
}
