using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.Modules.Royalties.Agreements;
using SwarmNet.Modules.Royalties.Contracts.Terms;
using SwarmNet.Modules.Royalties.Declarations;
using Xunit;
using static SwarmNet.Modules.Royalties.Tests.Build;

namespace SwarmNet.Modules.Royalties.Tests;

/// <summary>Agreements from activation events, declarations by form and CSV, corrections kept, RevenueDeclared published.</summary>
public sealed class DeclarationScenarios : IAsyncLifetime
{
    private RoyaltyWorld _w = null!;

    public static RoyaltyTerms Monthly => Terms("2026-01-01", "monthly", "contract", null,
        Percentage(0.05m, "royalty", "Redevance de marque", "livraison"), Fixed(150m, account: "fee"));

    public async Task InitializeAsync() => _w = await RoyaltyWorld.StartAsync();

    public async Task DisposeAsync() => await _w.DisposeAsync();

    [Fact]
    public async Task An_activation_creates_one_agreement_even_when_delivered_twice()
    {
        var id = await _w.AgreementAsync(Monthly);
        var again = new Licences.Contracts.Events.LicenceActivated(RoyaltyWorld.Snapshot(id, Monthly, _w.F.Step.Id, _w.F.Head.Id), D("2026-01-01"));
        await _w.DeliverAsync(again);
        var agreement = await _w.Services.SendAsync(new GetAgreement(id), _w.Accountant);
        Assert.Equal(("licence", "Active", "standard", 15, 0), (agreement.ContractKind, agreement.Status, agreement.VatRegime, agreement.DeclarationDueDays,
            Assert.Single(agreement.TermsVersions).Number));
        Assert.Equal(1L, (await _w.QueryAsync<long>("SELECT COUNT(*) FROM royalties_agreements")).Single());
    }

    [Fact]
    public async Task A_declaration_is_stored_with_its_sworn_statement_publishes_RevenueDeclared_and_drafts_the_statement()
    {
        var id = await _w.AgreementAsync(Monthly);
        var declared = await _w.DeclareAsync(id, "2026-03-01", 8000m);

        Assert.Equal((1, 8000.00m, "Awa Diallo", SwornStatement.DefaultText), (declared.Version, declared.Total, declared.Sworn.Name, declared.Sworn.Text));
        Assert.Equal(D("2026-03-31"), declared.PeriodEnd);
        Assert.Equal(["royalties.revenue-declared.v1"], await _w.QueryAsync<string>("SELECT event_name FROM platform_outbox WHERE event_name LIKE 'royalties.%'"));
        var totals = await _w.QueryAsync<(long, long, string)>("SELECT total_excl_vat_cents, vat_cents, state FROM royalties_statements");
        Assert.Equal((55000L, 11000L, "Draft"), Assert.Single(totals)); // 5 % of 8 000 + 150 of fees, VAT 20 %
    }

    [Fact]
    public async Task A_correction_keeps_every_version_with_who_and_when()
    {
        var id = await _w.AgreementAsync(Monthly);
        var first = await _w.DeclareAsync(id, "2026-03-01", 8000m);
        _w.Services.Clock.Advance(TimeSpan.FromDays(1));
        var corrected = await _w.Services.SendAsync(new CorrectDeclaration(first.Id, 1, new Dictionary<string, decimal> { ["livraison"] = 9000m }, false,
            RoyaltyWorld.Sworn with { Name = "Jean Martin" }), _w.Step);

        Assert.Equal([1, 2], corrected.Versions.Select(v => v.Version));
        Assert.Equal([8000.00m, 9000.00m], corrected.Versions.Select(v => v.Total));
        Assert.Equal(["Awa Diallo", "Jean Martin"], corrected.Versions.Select(v => v.Sworn.Name));
        Assert.True(corrected.Versions[1].DeclaredAt > corrected.Versions[0].DeclaredAt);
        Assert.Equal(2L, (await _w.QueryAsync<long>("SELECT COUNT(*) FROM platform_outbox WHERE event_name = 'royalties.revenue-declared.v1'")).Single());
        Assert.Equal(60000L, (await _w.QueryAsync<long>("SELECT total_excl_vat_cents FROM royalties_statements")).Single()); // the draft follows
        await Assert.ThrowsAsync<ConflictException>(() => _w.Services.SendAsync(
            new CorrectDeclaration(first.Id, 1, new Dictionary<string, decimal> { ["livraison"] = 1m }, false, RoyaltyWorld.Sworn), _w.Step));
    }

    [Fact]
    public async Task No_activity_is_a_declaration_of_its_own()
    {
        var id = await _w.AgreementAsync(Monthly);
        var declared = await _w.Services.SendAsync(new DeclareRevenue(id, D("2026-04-01"), null, true, RoyaltyWorld.Sworn), _w.Step);
        Assert.Equal((true, 0.00m), (declared.NoActivity, declared.Total));
        Assert.Equal(15000L, (await _w.QueryAsync<long>("SELECT total_excl_vat_cents FROM royalties_statements")).Single()); // the fixed fee still
    }

    [Fact]
    public async Task Every_invalid_field_is_reported_at_once()
    {
        var id = await _w.AgreementAsync(Monthly);
        var error = await Assert.ThrowsAsync<InputValidationException>(() => _w.Services.SendAsync(new DeclareRevenue(id, D("2026-03-15"),
            new Dictionary<string, decimal> { ["livraison"] = -1m, ["salle"] = 1.234m }, false, RoyaltyWorld.Sworn with { Accepted = false, Name = "" }), _w.Step));
        Assert.Equal(["/periodStart", "/revenue/livraison", "/revenue/salle", "/sworn/name", "/sworn/accepted"], error.Errors.Select(e => e.Path));
        var future = await Assert.ThrowsAsync<InputValidationException>(() => _w.DeclareAsync(id, "2027-01-01", 1m));
        Assert.Equal("/periodStart", Assert.Single(future.Errors).Path);
        Assert.Empty(await _w.QueryAsync<Guid>("SELECT id FROM royalties_declarations"));
    }

    [Fact]
    public async Task A_csv_import_is_all_or_nothing_and_names_every_bad_row_and_column()
    {
        var id = await _w.AgreementAsync(Monthly);
        const string bad = "periode;categorie;ca_ht;aucune_activite\n01/01/2026;livraison;1 200,50;\n15/02/2026;livraison;abc;\n01/03/2026;livraison;10;peut-être\n01/04/2026;;0;oui\n";
        var error = await Assert.ThrowsAsync<InputValidationException>(() => _w.Services.SendAsync(new ImportDeclarations(id, bad, RoyaltyWorld.Sworn), _w.Step));
        Assert.Equal(["/csv/3/ca_ht", "/csv/4/aucune_activite"], error.Errors.Select(e => e.Path).Where(p => p != "/csv/3/periode"));
        Assert.Empty(await _w.QueryAsync<Guid>("SELECT id FROM royalties_declarations"));

        const string good = "periode;categorie;ca_ht;aucune_activite\n01/01/2026;livraison;1 200,50;\n01/02/2026;livraison;800;\n01/02/2026;salle;300,10;\n2026-03-01;;;oui\n";
        var imported = await _w.Services.SendAsync(new ImportDeclarations(id, good, RoyaltyWorld.Sworn), _w.Step);
        Assert.Equal(3, imported.Periods);
        var totals = await _w.QueryAsync<long>("SELECT v.total_cents FROM royalties_declarations d JOIN royalties_declaration_versions v ON v.declaration_id = d.id ORDER BY d.period_start");
        Assert.Equal([120050L, 110010L, 0L], totals);
        Assert.Equal(3L, (await _w.QueryAsync<long>("SELECT COUNT(*) FROM royalties_statements")).Single());
    }

    [Fact]
    public async Task Another_network_heads_accountant_sees_nothing_and_only_the_structure_declares()
    {
        var id = await _w.AgreementAsync(Monthly);
        var declared = await _w.DeclareAsync(id, "2026-03-01", 8000m);
        await Assert.ThrowsAsync<NotFoundException>(() => _w.Services.SendAsync(new GetAgreement(id), _w.OtherAccountant));
        await Assert.ThrowsAsync<NotFoundException>(() => _w.Services.SendAsync(new GetDeclaration(declared.Id), _w.OtherAccountant));
        Assert.Equal(0L, (await _w.Services.SendAsync(new ListAgreements(), _w.OtherAccountant)).Total);
        Assert.Equal(1L, (await _w.Services.SendAsync(new ListDeclarations(id), _w.Accountant)).Total);
        await Assert.ThrowsAsync<ForbiddenException>(() => _w.Services.SendAsync(
            new DeclareRevenue(id, D("2026-04-01"), null, true, RoyaltyWorld.Sworn), _w.Accountant));
    }
}
