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
public abstract class ContractGateScenarios : IAsyncLifetime
{
    private static readonly byte[] Pdf = "%PDF-1.7 DIP Les Triporteurs"u8.ToArray();
    private static readonly string[] AllHeadings = ["headIdentity", "networkState", "networkMembers", "annualAccounts", "contractTerms"];

    private TestDatabase _database = null!;
    private TestServices _services = null!;
    private NetworkFixture _f = null!;

    protected abstract DatabaseProvider Provider { get; }

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(Provider);
        _services = await TestServices.StartAsync(_database, s => s.AddNetworkModule());
        _f = await NetworkFixture.CreateAsync(_services);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    private DateOnly Today => DateOnly.FromDateTime(_services.Clock.GetUtcNow().UtcDateTime);

    private Task<CandidacyDto> OpenAsync(Guid structureId, string model = "Livraison à vélo cargo") =>
        _services.SendAsync(new OpenCandidacy(_f.Network.Id, structureId, model, "Pau"), _f.HeadStaff);

    private Task<CandidacyDisclosureDto> DiscloseAsync(Guid candidacyId, DateOnly? givenOn, IReadOnlyList<string> headings, byte[]? file = null) =>
        _services.SendAsync(new RecordDisclosure(candidacyId, givenOn, headings, new UploadedFile("dip.pdf", "application/pdf", file ?? Pdf)), _f.HeadStaff);

    private Task<ContractGateDto> GateAsync(Guid structureId, Guid? candidacyId = null) =>
        _services.SendAsync(new GetContractGate(_f.Network.Id, structureId, candidacyId));

    [DbFact]
    public async Task Grantable_brands_are_those_of_the_grantors_own_networks()
    {
        var second = await _services.SendAsync(new CreateNetwork(_f.Head.Id, "Conciergeries", ["La Conciergerie", "Conciergerie+"], null, null, null), _f.HeadAdmin);
        var outsiderNetwork = await _services.SendAsync(new CreateNetwork(_f.Outsider.Id, "Ailleurs", ["Marque d'ailleurs"], null, null, null), _f.OutsiderAdmin);

        var brands = await _services.SendAsync(new GetGrantableBrands(_f.Head.Id));

        Assert.Equal([(second.Id, "La Conciergerie"), (second.Id, "Conciergerie+"), (_f.Network.Id, "Les Triporteurs")],
            brands.Select(b => (b.NetworkId, b.Brand)));
        Assert.Equal([(outsiderNetwork.Id, "Marque d'ailleurs")], (await _services.SendAsync(new GetGrantableBrands(_f.Outsider.Id))).Select(b => (b.NetworkId, b.Brand)));
        Assert.Empty(await _services.SendAsync(new GetGrantableBrands(_f.Step.Id)));
    }

    [DbFact]
    public async Task The_gate_gives_the_stage_and_the_open_mandatory_items()
    {
        var none = await GateAsync(_f.Step.Id);
        Assert.Equal((null, null, 0, null), (none.CandidacyId, none.Stage, none.OpenMandatoryItems.Count, none.Disclosure.GivenOn));

        var candidacy = await OpenAsync(_f.Step.Id);
        foreach (var item in candidacy.Checklist.Where(i => i.Code is not "FINANCING"))
            await _services.SendAsync(new RecordReadinessEvidence(candidacy.Id, item.Id, true, "Validé en comité", Today), _f.HeadStaff);

        var gate = await GateAsync(_f.Step.Id);
        Assert.Equal((candidacy.Id, CandidacyStage.Lead), (gate.CandidacyId, gate.Stage));
        Assert.Equal([candidacy.Checklist.Single(i => i.Code == "FINANCING").Label], gate.OpenMandatoryItems);
        Assert.Null(gate.Disclosure.GivenOn);
        Assert.False(gate.Disclosure.IsComplete);
    }

    [DbFact]
    public async Task The_gate_reads_the_latest_disclosure_complete_or_not()
    {
        var candidacy = await OpenAsync(_f.Step.Id);
        var given = Today.AddDays(-3);

        var partial = await DiscloseAsync(candidacy.Id, given, ["headIdentity", "annualAccounts"]);
        Assert.False(partial.Complete);
        var incomplete = (await GateAsync(_f.Step.Id)).Disclosure;
        Assert.Equal(given, incomplete.GivenOn);
        Assert.Equal(3, incomplete.MissingHeadings.Count);
        Assert.Contains("Liste des membres du réseau et de ceux qui l'ont quitté dans l'année écoulée", incomplete.MissingHeadings);
        Assert.False(incomplete.IsComplete);

        var corrected = await DiscloseAsync(candidacy.Id, given.AddDays(1), AllHeadings);
        var complete = (await GateAsync(_f.Step.Id)).Disclosure;
        Assert.True(complete.IsComplete);
        Assert.Equal(given.AddDays(1), complete.GivenOn);
        Assert.Equal(given.AddDays(22), complete.SigningPossibleFrom);
        Assert.Equal((true, given.AddDays(22)), (corrected.Complete, corrected.SigningPossibleFrom));
    }

    [DbFact]
    public async Task The_gate_takes_the_latest_open_candidacy_or_the_one_named_if_it_is_the_structures()
    {
        var first = await OpenAsync(_f.Step.Id, "Conciergerie");
        await _services.SendAsync(new MoveCandidacy(first.Id, CandidacyStage.Declined, Reason: "Pas de local"), _f.HeadStaff);
        _services.Clock.Advance(TimeSpan.FromDays(1));
        var second = await OpenAsync(_f.Step.Id);
        _services.Clock.Advance(TimeSpan.FromDays(1));
        var third = await OpenAsync(_f.Step.Id, "Atelier");
        await _services.SendAsync(new MoveCandidacy(third.Id, CandidacyStage.Withdrawn, Reason: "Reporté"), _f.HeadStaff);
        var other = await OpenAsync(_f.Other.Id);

        Assert.Equal(second.Id, (await GateAsync(_f.Step.Id)).CandidacyId);
        Assert.Equal((first.Id, CandidacyStage.Declined), ((await GateAsync(_f.Step.Id, first.Id)).CandidacyId, (await GateAsync(_f.Step.Id, first.Id)).Stage));
        var foreign = await GateAsync(_f.Step.Id, other.Id);
        Assert.Equal((null, null, false), (foreign.CandidacyId, foreign.Stage, foreign.Disclosure.IsComplete));
    }

    [DbFact]
    public async Task A_disclosure_needs_a_past_date_known_headings_a_document_and_the_network_heads_staff()
    {
        var candidacy = await OpenAsync(_f.Step.Id);

        var future = await Assert.ThrowsAsync<InputValidationException>(() => DiscloseAsync(candidacy.Id, Today.AddDays(1), ["headIdentity"]));
        Assert.Equal(["/givenOn"], future.Errors.Select(e => e.Path));
        var missing = await Assert.ThrowsAsync<InputValidationException>(() => _services.SendAsync(
            new RecordDisclosure(candidacy.Id, null, ["Identity"], null), _f.HeadStaff));
        Assert.Equal(["/givenOn", "/headings/0", "/file"], missing.Errors.Select(e => e.Path));
        var notAPdf = await Assert.ThrowsAsync<InputValidationException>(() => DiscloseAsync(candidacy.Id, Today, AllHeadings, [0x4D, 0x5A, 0x90]));
        Assert.Equal("/file", Assert.Single(notAPdf.Errors).Path);

        await Assert.ThrowsAsync<ForbiddenException>(() => _services.SendAsync(
            new RecordDisclosure(candidacy.Id, Today, AllHeadings, new UploadedFile("dip.pdf", "application/pdf", Pdf)), _f.StepAdmin));
        await Assert.ThrowsAsync<NotFoundException>(() => _services.SendAsync(
            new RecordDisclosure(candidacy.Id, Today, AllHeadings, new UploadedFile("dip.pdf", "application/pdf", Pdf)), _f.OutsiderAdmin));
        var documents = _services.Get<DocumentStore>().Root;
        Assert.False(Directory.Exists(documents) && Directory.EnumerateFiles(documents, "*", SearchOption.AllDirectories).Any());
        await Assert.ThrowsAsync<NotFoundException>(() => _services.SendAsync(new GetDisclosure(candidacy.Id), _f.StepAdmin));
    }

    [DbFact]
    public async Task The_structure_reads_the_disclosure_and_the_history_records_it()
    {
        var candidacy = await OpenAsync(_f.Step.Id);
        var recorded = await DiscloseAsync(candidacy.Id, Today, AllHeadings);

        var read = await _services.SendAsync(new GetDisclosure(candidacy.Id), _f.StepAdmin);
        Assert.Equal((recorded.Id, Today, "dip.pdf", Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Pdf))),
            (read.Id, read.GivenOn, read.Document.FileName, read.Document.Sha256));
        Assert.All(read.Headings, h => Assert.True(h.Covered));
        var file = await _services.SendAsync(new OpenDisclosureDocument(candidacy.Id), _f.StepAdmin);
        await using (var content = file.Content)
        using (var copy = new MemoryStream())
        {
            await content.CopyToAsync(copy);
            Assert.Equal(Pdf, copy.ToArray());
        }

        var entry = (await _services.SendAsync(new GetCandidacy(candidacy.Id), _f.StepAdmin)).History[^1];
        Assert.Equal((CandidacyEventKind.DisclosureRecorded, "dip.pdf", "Chargée de réseau"), (entry.Kind, entry.Subject, entry.ActorName));
        await Assert.ThrowsAsync<NotFoundException>(() => _services.SendAsync(new GetDisclosure(candidacy.Id), _f.OutsiderAdmin));
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
