using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Documents;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.Modules.Network.Contracts.Candidacies;
using SwarmNet.Modules.Network.Contracts.Networks;
using SwarmNet.Modules.Network.Disclosures;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Modules.Network.Tests;

/// <summary>What contract modules ask before signing (brands a grantor may grant, the candidacy's gate) and the DIP behind it.</summary>
public abstract class ContractGateScenarios : NetworkScenarioBase
{
    private static readonly byte[] Pdf = "%PDF-1.7 DIP Les Triporteurs"u8.ToArray();
    private static readonly string[] AllHeadings = ["headIdentity", "networkState", "networkMembers", "annualAccounts", "contractTerms"];

    private Task<CandidacyDto> OpenAsync(Guid structureId, string model = "Livraison à vélo cargo") =>
        Services.SendAsync(new OpenCandidacy(F.Network.Id, structureId, model, "Pau"), F.HeadStaff);

    private Task<CandidacyDisclosureDto> DiscloseAsync(Guid candidacyId, DateOnly? givenOn, IReadOnlyList<string> headings, byte[]? file = null) =>
        Services.SendAsync(new RecordDisclosure(candidacyId, givenOn, headings, new UploadedFile("dip.pdf", "application/pdf", file ?? Pdf)), F.HeadStaff);

    private Task<ContractGateDto> GateAsync(Guid structureId, Guid? candidacyId = null) =>
        Services.SendAsync(new GetContractGate(F.Network.Id, structureId, candidacyId));

    [DbFact]
    public async Task Grantable_brands_are_those_of_the_grantors_own_networks()
    {
        var second = await Services.SendAsync(new CreateNetwork(F.Head.Id, "Conciergeries", ["La Conciergerie", "Conciergerie+"], null, null, null), F.HeadAdmin);
        var outsiderNetwork = await Services.SendAsync(new CreateNetwork(F.Outsider.Id, "Ailleurs", ["Marque d'ailleurs"], null, null, null), F.OutsiderAdmin);

        var brands = await Services.SendAsync(new GetGrantableBrands(F.Head.Id));

        Assert.Equal([(second.Id, "La Conciergerie"), (second.Id, "Conciergerie+"), (F.Network.Id, "Les Triporteurs")],
            brands.Select(b => (b.NetworkId, b.Brand)));
        Assert.Equal([(outsiderNetwork.Id, "Marque d'ailleurs")], (await Services.SendAsync(new GetGrantableBrands(F.Outsider.Id))).Select(b => (b.NetworkId, b.Brand)));
        Assert.Empty(await Services.SendAsync(new GetGrantableBrands(F.Step.Id)));
    }

    [DbFact]
    public async Task The_gate_gives_the_stage_and_the_open_mandatory_items()
    {
        var none = await GateAsync(F.Step.Id);
        Assert.Equal((null, null, 0, null), (none.CandidacyId, none.Stage, none.OpenMandatoryItems.Count, none.Disclosure.GivenOn));

        var candidacy = await OpenAsync(F.Step.Id);
        foreach (var item in candidacy.Checklist.Where(i => i.Code is not "FINANCING"))
            await Services.SendAsync(new RecordReadinessEvidence(candidacy.Id, item.Id, true, "Validé en comité", Today), F.HeadStaff);

        var gate = await GateAsync(F.Step.Id);
        Assert.Equal((candidacy.Id, CandidacyStage.Lead), (gate.CandidacyId, gate.Stage));
        Assert.Equal([candidacy.Checklist.Single(i => i.Code == "FINANCING").Label], gate.OpenMandatoryItems);
        Assert.Null(gate.Disclosure.GivenOn);
        Assert.False(gate.Disclosure.IsComplete);
    }

    [DbFact]
    public async Task The_gate_reads_the_latest_disclosure_complete_or_not()
    {
        var candidacy = await OpenAsync(F.Step.Id);
        var given = Today.AddDays(-3);

        var partial = await DiscloseAsync(candidacy.Id, given, ["headIdentity", "annualAccounts"]);
        Assert.False(partial.Complete);
        var incomplete = (await GateAsync(F.Step.Id)).Disclosure;
        Assert.Equal(given, incomplete.GivenOn);
        Assert.Equal(3, incomplete.MissingHeadings.Count);
        Assert.Contains("Liste des membres du réseau et de ceux qui l'ont quitté dans l'année écoulée", incomplete.MissingHeadings);
        Assert.False(incomplete.IsComplete);

        var corrected = await DiscloseAsync(candidacy.Id, given.AddDays(1), AllHeadings);
        var complete = (await GateAsync(F.Step.Id)).Disclosure;
        Assert.True(complete.IsComplete);
        Assert.Equal(given.AddDays(1), complete.GivenOn);
        Assert.Equal(given.AddDays(22), complete.SigningPossibleFrom);
        Assert.Equal((true, given.AddDays(22)), (corrected.Complete, corrected.SigningPossibleFrom));
    }

    [DbFact]
    public async Task The_gate_takes_the_latest_open_candidacy_or_the_one_named_if_it_is_the_structures()
    {
        var first = await OpenAsync(F.Step.Id, "Conciergerie");
        await Services.SendAsync(new MoveCandidacy(first.Id, CandidacyStage.Declined, Reason: "Pas de local"), F.HeadStaff);
        Services.Clock.Advance(TimeSpan.FromDays(1));
        var second = await OpenAsync(F.Step.Id);
        Services.Clock.Advance(TimeSpan.FromDays(1));
        var third = await OpenAsync(F.Step.Id, "Atelier");
        await Services.SendAsync(new MoveCandidacy(third.Id, CandidacyStage.Withdrawn, Reason: "Reporté"), F.HeadStaff);
        var other = await OpenAsync(F.Other.Id);

        Assert.Equal(second.Id, (await GateAsync(F.Step.Id)).CandidacyId);
        Assert.Equal((first.Id, CandidacyStage.Declined), ((await GateAsync(F.Step.Id, first.Id)).CandidacyId, (await GateAsync(F.Step.Id, first.Id)).Stage));
        var foreign = await GateAsync(F.Step.Id, other.Id);
        Assert.Equal((null, null, false), (foreign.CandidacyId, foreign.Stage, foreign.Disclosure.IsComplete));
    }

    [DbFact]
    public async Task A_disclosure_needs_a_past_date_known_headings_a_document_and_the_network_heads_staff()
    {
        var candidacy = await OpenAsync(F.Step.Id);

        var future = await Assert.ThrowsAsync<InputValidationException>(() => DiscloseAsync(candidacy.Id, Today.AddDays(1), ["headIdentity"]));
        Assert.Equal(["/givenOn"], future.Errors.Select(e => e.Path));
        var missing = await Assert.ThrowsAsync<InputValidationException>(() => Services.SendAsync(
            new RecordDisclosure(candidacy.Id, null, ["Identity"], null), F.HeadStaff));
        Assert.Equal(["/givenOn", "/headings/0", "/file"], missing.Errors.Select(e => e.Path));
        var notAPdf = await Assert.ThrowsAsync<InputValidationException>(() => DiscloseAsync(candidacy.Id, Today, AllHeadings, [0x4D, 0x5A, 0x90]));
        Assert.Equal("/file", Assert.Single(notAPdf.Errors).Path);

        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SendAsync(
            new RecordDisclosure(candidacy.Id, Today, AllHeadings, new UploadedFile("dip.pdf", "application/pdf", Pdf)), F.StepAdmin));
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(
            new RecordDisclosure(candidacy.Id, Today, AllHeadings, new UploadedFile("dip.pdf", "application/pdf", Pdf)), F.OutsiderAdmin));
        var documents = Services.Get<DocumentStore>().Root;
        Assert.False(Directory.Exists(documents) && Directory.EnumerateFiles(documents, "*", SearchOption.AllDirectories).Any());
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new GetDisclosure(candidacy.Id), F.StepAdmin));
    }

    [DbFact]
    public async Task The_structure_reads_the_disclosure_and_the_history_records_it()
    {
        var candidacy = await OpenAsync(F.Step.Id);
        var recorded = await DiscloseAsync(candidacy.Id, Today, AllHeadings);

        var read = await Services.SendAsync(new GetDisclosure(candidacy.Id), F.StepAdmin);
        Assert.Equal((recorded.Id, Today, "dip.pdf", Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Pdf))),
            (read.Id, read.GivenOn, read.Document.FileName, read.Document.Sha256));
        Assert.All(read.Headings, h => Assert.True(h.Covered));
        var file = await Services.SendAsync(new OpenDisclosureDocument(candidacy.Id), F.StepAdmin);
        await using (var content = file.Content)
        using (var copy = new MemoryStream())
        {
            await content.CopyToAsync(copy);
            Assert.Equal(Pdf, copy.ToArray());
        }

        var entry = (await Services.SendAsync(new GetCandidacy(candidacy.Id), F.StepAdmin)).History[^1];
        Assert.Equal((CandidacyEventKind.DisclosureRecorded, "dip.pdf", "Chargée de réseau"), (entry.Kind, entry.Subject, entry.ActorName));
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new GetDisclosure(candidacy.Id), F.OutsiderAdmin));
    }
}

public sealed class SqliteContractGateTests : ContractGateScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[RequiresSqlServer]
public sealed class SqlServerContractGateTests : ContractGateScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.SqlServer;
}
