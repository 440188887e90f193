using SwarmNet.BuildingBlocks.ContractLifecycle;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.ContractKernel.AnyKind;
using SwarmNet.ContractKernel.Records;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Modules.Licences.Tests;

/// <summary>
/// A licence through the kernel's kind-neutral requests, as the contract pages send them: the sheet with the licence's own
/// content and what each reader may do, the list with its brand, actions and documents through the licence's own commands.
/// </summary>
public abstract class AnyKindScenarios : LicenceScenarioBase
{
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();

    [DbFact]
    public async Task Each_party_reads_the_sheet_with_what_it_may_do_and_signs_through_it()
    {
        var draft = await F.DraftAsync(Services, F.Step.Id, LicenceSamples.Pau());

        var head = await Services.SendAsync(new GetContractSheet("licence", draft.Id), F.HeadStaff);
        Assert.Equal(("Les Triporteurs", "brouillon", ContractStatus.Draft), (head.Summary.Title, head.Summary.StatusLabel, head.Summary.Status));
        Assert.Equal([(ContractParty.Grantor, F.Head.Id)], head.Can.SignFor.Select(p => (p.Side, p.OrganizationId)));
        Assert.Equal((true, ContractParty.Grantor), (head.Can.Manage, head.Can.ActFor?.Side));
        Assert.Equal(["Les Triporteurs (tête de réseau)", "STEP (structure locale)"], head.Parties.Select(p => p.Describe()));
        Assert.Contains(new ContentLine("Marque", "Les Triporteurs"), head.Content);
        Assert.Contains(new ContentLine("Exclusivité", "exclusive"), head.Content);
        Assert.Equal("Déclaration mensuelle du chiffre d'affaires", Assert.Single(head.ObligationTerms).Title);
        var structure = await Services.SendAsync(new GetContractSheet("licence", draft.Id), F.StepAdmin);
        Assert.Equal([(ContractParty.Grantee, F.Step.Id)], structure.Can.SignFor.Select(p => (p.Side, p.OrganizationId)));
        Assert.Equal((false, ContractParty.Grantee), (structure.Can.Manage, structure.Can.ActFor?.Side));

        var once = await Services.SendAsync(new ActOnContract("licence", draft.Id, new SignAction(draft.Version)), F.HeadStaff);
        var twice = await Services.SendAsync(new ActOnContract("licence", draft.Id, new SignAction(once.Version)), F.StepAdmin);
        Assert.Equal(ContractStatus.Signed, twice.Status);
        var signed = await Services.SendAsync(new GetContractSheet("licence", draft.Id), F.StepAdmin);
        Assert.Equal(["Les Triporteurs", "STEP"], signed.View.Signatures.Select(s => s.OrganizationName));
        Assert.Empty(signed.View.AwaitingSignatureOf);
        Assert.Equal(["drafted", "signed", "signed"], signed.View.History.Select(h => h.Action));
    }

    [DbFact]
    public async Task The_kinds_own_rules_answer_through_the_neutral_requests()
    {
        var draft = await F.DraftAsync(Services, F.Step.Id, LicenceSamples.Pau());

        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SendAsync(new ActOnContract("licence", draft.Id, new SuspendAction(draft.Version, "Impayés")), F.StepAdmin));
        await Assert.ThrowsAsync<ConflictException>(() => Services.SendAsync(new ActOnContract("licence", draft.Id, new SignAction(draft.Version + 5)), F.HeadStaff));
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new GetContractSheet("licence", draft.Id), F.OutsiderAdmin));
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new GetContractSheet("franchise", draft.Id), F.HeadStaff));
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new ActOnContract("licence", draft.Id, new SignAction(draft.Version)), F.OutsiderAdmin));
        Assert.Equal(ContractStatus.Draft, (await Services.GetAsync(draft.Id)).Status);
    }

    [DbFact]
    public async Task The_list_names_each_licence_by_its_brand_and_a_document_is_attached_for_its_parties_only()
    {
        var draft = await F.DraftAsync(Services, F.Step.Id, LicenceSamples.Pau());
        await F.DraftAsync(Services, F.Other.Id, LicenceSamples.Pau(exclusive: false));

        var mine = await Services.SendAsync(new ListContractSheets("licence"), F.StepAdmin);
        Assert.Equal([("Les Triporteurs", "STEP")], mine.Items.Select(c => (c.Title!, c.GranteeName)));
        Assert.Equal(2, (await Services.SendAsync(new ListContractSheets("licence", ContractStatus.Draft), F.HeadStaff)).Total);
        Assert.Equal(0, (await Services.SendAsync(new ListContractSheets("licence", ContractStatus.Active), F.HeadStaff)).Total);

        var document = await Services.SendAsync(new AttachDocumentTo("licence", draft.Id, "licence-signee.pdf", "application/pdf", Pdf), F.StepAdmin);
        Assert.Equal("licence-signee.pdf", Assert.Single((await Services.SendAsync(new GetContractSheet("licence", draft.Id), F.HeadStaff)).Documents).FileName);
        Assert.Equal(document.Sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Pdf)));
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new AttachDocumentTo("licence", draft.Id, "x.pdf", "application/pdf", Pdf), F.OutsiderAdmin));
    }
}

public sealed class SqliteAnyKindTests : AnyKindScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[RequiresSqlServer]
public sealed class SqlServerAnyKindTests : AnyKindScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.SqlServer;
}
