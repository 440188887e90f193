using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Documents;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.Modules.Affiliations.Charter;
using SwarmNet.Modules.Affiliations.Contracts.Pages;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Modules.Affiliations.Tests;

/// <summary>A charter version published as a document from the network page, and read back with its document.</summary>
public abstract class CharterDocumentPageScenarios : AffiliationScenarioBase
{
    private static readonly byte[] Pdf = "%PDF-1.7 charte v1"u8.ToArray();

    [DbFact]
    public async Task The_heads_staff_publish_a_document_version_that_every_reader_of_the_network_reads_back()
    {
        await ActiveAsync(F.Step.Id);
        var pdf = new UploadedFile("charte-2027.pdf", "application/pdf", Pdf);
        Assert.Equal(1, await Services.SendAsync(new PublishCharterDocumentVersion(F.Network.Id, "Charte 2027", null, 20, pdf), F.HeadStaff));

        var detail = await Services.SendAsync(new GetCharterVersionDetail(F.Network.Id, 1), F.StepAdmin);
        Assert.Equal((1, "Charte 2027", "charte-2027.pdf", (string?)null), (detail.Number, detail.Summary, detail.DocumentName, detail.Text));
        Assert.True(Assert.Single((await Services.SendAsync(new GetCharterAndProgrammes(F.Network.Id), F.HeadStaff)).Charter).HasDocument);
        await using (var opened = (await Services.SendAsync(new OpenCharterDocument(F.Network.Id, 1), F.StepAdmin)).Content)
        {
            using var copy = new MemoryStream();
            await opened.CopyToAsync(copy);
            Assert.Equal(Pdf, copy.ToArray());
        }
        Assert.Equal(1, (await Services.QueryAsync<long>("SELECT COUNT(*) FROM affiliations_charter_acknowledgements WHERE number = 1")).Single());
    }

    [DbFact]
    public async Task A_missing_or_spoofed_file_or_summary_is_named_and_outsiders_get_not_found()
    {
        var noFile = await Assert.ThrowsAsync<InputValidationException>(() =>
            Services.SendAsync(new PublishCharterDocumentVersion(F.Network.Id, "Charte", null, null, null), F.HeadStaff));
        Assert.All(noFile.Errors, e => Assert.Equal("/file", e.Path));
        var spoofed = await Assert.ThrowsAsync<InputValidationException>(() => Services.SendAsync(
            new PublishCharterDocumentVersion(F.Network.Id, "Charte", null, null, new UploadedFile("charte.pdf", "application/pdf", [0x4D, 0x5A])), F.HeadStaff));
        Assert.All(spoofed.Errors, e => Assert.Equal("/file", e.Path));
        var noSummary = await Assert.ThrowsAsync<InputValidationException>(() => Services.SendAsync(
            new PublishCharterDocumentVersion(F.Network.Id, " ", null, null, new UploadedFile("charte.pdf", "application/pdf", Pdf)), F.HeadStaff));
        Assert.Equal("/summary", Assert.Single(noSummary.Errors).Path);
        Assert.Equal(0, (await Services.QueryAsync<long>("SELECT COUNT(*) FROM affiliations_charter_versions")).Single());

        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(
            new PublishCharterDocumentVersion(F.Network.Id, "Charte", null, null, new UploadedFile("charte.pdf", "application/pdf", Pdf)), F.OutsiderAdmin));
        await Services.SendAsync(new PublishCharterText(F.Network.Id, "Texte", "Charte en texte", null), F.HeadStaff);
        Assert.Null((await Services.SendAsync(new GetCharterVersionDetail(F.Network.Id, 1), F.HeadStaff)).DocumentName);
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new GetCharterVersionDetail(F.Network.Id, 1), F.OutsiderAdmin));
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new GetCharterVersionDetail(F.Network.Id, 2), F.HeadStaff));
    }
}

public sealed class SqliteCharterDocumentPageTests : CharterDocumentPageScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[RequiresSqlServer]
public sealed class SqlServerCharterDocumentPageTests : CharterDocumentPageScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.SqlServer;
}
