using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.Modules.Royalties.Contracts.Simulation;
using SwarmNet.Modules.Royalties.Contracts.Terms;
using SwarmNet.Modules.Royalties.Declarations;
using SwarmNet.Modules.Royalties.Statements;
using SwarmNet.Testing;
using Xunit;
using static SwarmNet.Modules.Royalties.Tests.Build;

namespace SwarmNet.Modules.Royalties.Tests;

/// <summary>Statements from draft to paid, on each database: numbering, immutability, adjustments, the nightly close, access.</summary>
public abstract class StatementScenarios : IAsyncLifetime
{
    private RoyaltyWorld _w = null!;

    protected abstract DatabaseProvider Provider { get; }

    public async Task InitializeAsync() => _w = await RoyaltyWorld.StartAsync(Provider);

    public async Task DisposeAsync() => await _w.DisposeAsync();

    /// <summary>The worked example of spec section 8, in 2026: quarterly, calendar year, tiered marginal, minimum 2 000.</summary>
    private static RoyaltyTerms WorkedExample => Terms("2026-01-01", "quarterly", "calendar", null, Tiered("marginal", (10000m, 0.05m), (null, 0.03m)))
        with { AnnualMinimum = new AnnualMinimumTerms { Amount = 2000m, FromYear = 1 } };

    [DbFact]
    public async Task A_statement_goes_from_draft_to_paid_with_who_and_when_at_each_step()
    {
        var id = await _w.AgreementAsync(DeclarationScenarios.Monthly);
        await _w.DeclareAsync(id, "2026-09-01", 8000m);
        var draft = Assert.Single(await _w.StatementsAsync(id));
        Assert.Equal(("Draft", "brouillon", 660.00m), (draft.State, draft.StateLabel, draft.TotalInclVat));

        var submitted = await _w.Services.SendAsync(new SubmitStatement(draft.Id, draft.Version), _w.F.HeadStaff);
        var back = await _w.Services.SendAsync(new SendBackStatement(draft.Id, submitted.Summary.Version, "Vérifier le CA de livraison"), _w.Accountant);
        Assert.Equal("Draft", back.Summary.State);
        await Assert.ThrowsAsync<InputValidationException>(() => _w.Services.SendAsync(new SendBackStatement(draft.Id, back.Summary.Version, " "), _w.Accountant));
        await Assert.ThrowsAsync<ForbiddenException>(() => _w.Services.SendAsync(new ApproveStatement(draft.Id, back.Summary.Version), _w.F.HeadStaff));

        var issued = await _w.IssueAsync(draft.Id);
        Assert.Equal(("Issued", "2026-00001", D("2026-11-23"), D("2026-12-23")),
            (issued.Summary.State, issued.Summary.InvoiceNumber, issued.Summary.IssuedOn!.Value, issued.Summary.DueOn!.Value));
        Assert.Equal(("Les Triporteurs", "STEP"), (issued.Parties!.Seller.Name, issued.Parties.Buyer.Name));

        var partly = await _w.Services.SendAsync(new RecordPayment(draft.Id, D("2026-11-23"), 400m, "VIR 2026-118"), _w.Accountant);
        Assert.Equal(("Issued", "partiellement payé", 260.00m), (partly.Summary.State, partly.Summary.StateLabel, partly.Summary.Outstanding));
        var tooMuch = await Assert.ThrowsAsync<InputValidationException>(() => _w.Services.SendAsync(new RecordPayment(draft.Id, D("2026-11-23"), 300m, ""), _w.Accountant));
        Assert.Equal(["/amount", "/reference"], tooMuch.Errors.Select(e => e.Path));
        var paid = await _w.Services.SendAsync(new RecordPayment(draft.Id, D("2026-11-23"), 260m, "VIR 2026-131"), _w.Accountant);
        Assert.Equal(("Paid", 0.00m), (paid.Summary.State, paid.Summary.Outstanding));
        Assert.Equal(["computed", "submitted", "sentBack", "submitted", "approved", "issued", "paymentRecorded", "paid"], paid.History.Select(h => h.Action));
        Assert.Equal("Vérifier le CA de livraison", paid.History[2].Comment);
        Assert.Equal(["Référente STEP", "Chargée de réseau", "Comptable Les Triporteurs"], paid.History.Select(h => h.ActorName).Distinct());
        Assert.Equal(2, paid.Payments.Count);
    }

    [DbFact]
    public async Task The_database_refuses_to_change_an_approved_statement()
    {
        var id = await _w.AgreementAsync(DeclarationScenarios.Monthly);
        await _w.DeclareAsync(id, "2026-09-01", 8000m);
        var statement = (await _w.StatementsAsync(id))[0].Id;
        await _w.ApproveAsync(statement);

        string[] tampering =
        [
            "UPDATE royalties_statements SET total_excl_vat_cents = 1 WHERE id = @Id",
            "UPDATE royalties_statements SET state = 'Draft' WHERE id = @Id",
            "UPDATE royalties_statement_lines SET amount_cents = 1 WHERE statement_id = @Id",
            "DELETE FROM royalties_statement_lines WHERE statement_id = @Id",
            "DELETE FROM royalties_statements WHERE id = @Id",
        ];
        foreach (var sql in tampering)
        {
            var error = await Record.ExceptionAsync(() => ExecuteAsync(sql, new { Id = statement }));
            Assert.True(error?.Message.Contains("immutable", StringComparison.Ordinal) == true, $"{sql}: {error?.Message ?? "accepted"}");
        }
        Assert.Equal(1, await ExecuteAsync("UPDATE royalties_statements SET updated_at = updated_at WHERE id = @Id", new { Id = statement }));
        var issued = await _w.Services.SendAsync(new IssueStatement(statement, 3), _w.Accountant); // moving on is allowed
        Assert.Equal("Issued", issued.Summary.State);
        Assert.NotNull(await Record.ExceptionAsync(() => ExecuteAsync("UPDATE royalties_statements SET invoice_number = 7 WHERE id = @Id", new { Id = statement })));
    }

    [DbFact]
    public async Task Invoices_issued_at_once_are_numbered_without_gap_per_network_head_and_year()
    {
        var rouleAdmin = NetworkFixture.Person("Admin Roule Ma Poule", _w.F.Other.Id, BuildingBlocks.Actors.Roles.StructureAdmin);
        var here = await _w.AgreementAsync(DeclarationScenarios.Monthly);
        var there = await _w.AgreementAsync(DeclarationScenarios.Monthly, _w.F.Other.Id, _w.F.Outsider.Id);
        const string csv = "periode;categorie;ca_ht\n01/01/2026;livraison;100\n01/02/2026;livraison;200\n01/03/2026;livraison;300\n01/04/2026;livraison;400\n01/05/2026;livraison;500\n01/06/2026;livraison;600\n01/07/2026;livraison;700\n01/08/2026;livraison;800\n";
        await _w.Services.SendAsync(new ImportDeclarations(here, csv, RoyaltyWorld.Sworn), _w.Step);
        await _w.Services.SendAsync(new ImportDeclarations(there, csv, RoyaltyWorld.Sworn), rouleAdmin);
        var work = (await _w.StatementsAsync(here)).Select(s => (s.Id, _w.Accountant))
            .Concat((await _w.Services.SendAsync(new ListStatements(AgreementId: there, PageSize: 100), _w.OtherAccountant)).Items.Select(s => (s.Id, _w.OtherAccountant)))
            .ToList();
        Assert.Equal(16, work.Count);

        await Task.WhenAll(work.Select(w => Task.Run(() => _w.IssueAsync(w.Id, w.Item2))));

        var numbers = await _w.QueryAsync<(string, long)>(
            "SELECT grantor_organization_id, invoice_number FROM royalties_statements WHERE invoice_year = 2026 ORDER BY grantor_organization_id, invoice_number");
        foreach (var head in numbers.GroupBy(n => n.Item1))
            Assert.Equal(Enumerable.Range(1, 8).Select(i => (long)i), head.Select(n => n.Item2));
        Assert.Equal(2, numbers.GroupBy(n => n.Item1).Count());
    }

    [DbFact]
    public async Task Correcting_an_approved_period_bills_the_differences_on_an_adjustment_that_references_it()
    {
        var id = await _w.AgreementAsync(WorkedExample);
        var q1 = await _w.DeclareAsync(id, "2026-01-01", 6000m);
        var q2 = await _w.DeclareAsync(id, "2026-04-01", 6000m);
        await _w.DeclareAsync(id, "2026-07-01", 0m);
        var statements = await _w.StatementsAsync(id);
        Assert.Equal([300.00m, 260.00m, 0.00m], statements.Select(s => s.TotalExclVat));
        await _w.IssueAsync(statements[0].Id);
        await _w.ApproveAsync(statements[1].Id);

        await _w.Services.SendAsync(new CorrectDeclaration(q1.Id, 1, new Dictionary<string, decimal> { ["livraison"] = 8000m }, false, RoyaltyWorld.Sworn), _w.Step);

        var adjustment = Assert.Single(await _w.StatementsAsync(id, "adjustment"));
        var detail = await _w.Services.SendAsync(new GetStatement(adjustment.Id), _w.Accountant);
        Assert.Equal([statements[0].Id, statements[1].Id], detail.Corrects.Order());
        Assert.Equal([(statements[0].Id, 100.00m, (decimal?)2000.00m), (statements[1].Id, -40.00m, 0.00m)],
            detail.Lines.Select(l => (l.CorrectedStatementId!.Value, l.Amount, l.Base)));
        Assert.Equal((60.00m, 12.00m, 72.00m, "Draft"), (adjustment.TotalExclVat, adjustment.Vat, adjustment.TotalInclVat, adjustment.State));
        Assert.StartsWith("Période du 01/01/2026 : facturé 300,00 €", detail.Lines[0].Explanation, StringComparison.Ordinal);
        Assert.Equal([300.00m, 260.00m, 0.00m], (await _w.StatementsAsync(id)).Select(s => s.TotalExclVat)); // the approved ones never change

        await _w.ApproveAsync(adjustment.Id);
        await _w.Services.SendAsync(new CorrectDeclaration(q2.Id, 1, new Dictionary<string, decimal> { ["livraison"] = 7000m }, false, RoyaltyWorld.Sworn), _w.Step);
        var second = (await _w.StatementsAsync(id, "adjustment")).Single(s => s.State == "Draft");
        var line = Assert.Single((await _w.Services.SendAsync(new GetStatement(second.Id), _w.Accountant)).Lines);
        Assert.Equal((statements[1].Id, 30.00m), (line.CorrectedStatementId!.Value, line.Amount)); // 250 due, 260 − 40 billed

        await _w.Services.SendAsync(new CorrectDeclaration(q2.Id, 2, new Dictionary<string, decimal> { ["livraison"] = 7500m }, false, RoyaltyWorld.Sworn), _w.Step);
        var replaced = Assert.Single(await _w.StatementsAsync(id, "adjustment"), s => s.State == "Draft");
        Assert.Equal(45.00m, replaced.TotalExclVat); // the pending adjustment is replaced, not added to
    }

    [DbFact]
    public async Task The_nightly_close_bills_undeclared_periods_on_zero_revenue_once_and_skips_suspensions()
    {
        var id = await _w.AgreementAsync(DeclarationScenarios.Monthly);
        await _w.DeclareAsync(id, "2026-02-01", 1000m);
        await _w.DeliverAsync(new Licences.Contracts.Events.LicenceSuspended(RoyaltyWorld.Snapshot(id, DeclarationScenarios.Monthly, _w.F.Step.Id, _w.F.Head.Id),
            D("2026-05-01"), "Travaux"));
        await _w.DeliverAsync(new Licences.Contracts.Events.LicenceResumed(RoyaltyWorld.Snapshot(id, DeclarationScenarios.Monthly, _w.F.Step.Id, _w.F.Head.Id),
            D("2026-07-01")));

        await _w.Services.SendAsync(new ComputeDueStatements());
        await _w.Services.SendAsync(new ComputeDueStatements());

        var statements = await _w.StatementsAsync(id);
        // January to October: October ended on the 31st and its declaration was due on 15 November; May and June were suspended.
        Assert.Equal(["2026-01", "2026-02", "2026-03", "2026-04", "2026-07", "2026-08", "2026-09", "2026-10"], statements.Select(s => s.PeriodStart.ToString("yyyy-MM")));
        Assert.All(statements.Where(s => s.PeriodStart.Month != 2), s => Assert.Equal((false, 150.00m), (s.Declared, s.TotalExclVat)));
        Assert.True(statements[1].Declared);
    }

    [DbFact]
    public async Task An_accountant_of_another_network_head_sees_nothing_and_the_structure_reads_its_own()
    {
        var id = await _w.AgreementAsync(DeclarationScenarios.Monthly);
        await _w.DeclareAsync(id, "2026-09-01", 8000m);
        var statement = (await _w.StatementsAsync(id))[0];
        Assert.Equal(0L, (await _w.Services.SendAsync(new ListStatements(), _w.OtherAccountant)).Total);
        await Assert.ThrowsAsync<NotFoundException>(() => _w.Services.SendAsync(new GetStatement(statement.Id), _w.OtherAccountant));
        await Assert.ThrowsAsync<NotFoundException>(() => _w.Services.SendAsync(new ApproveStatement(statement.Id, 1), _w.OtherAccountant));
        var own = await _w.Services.SendAsync(new GetStatement(statement.Id), _w.Step);
        Assert.Equal("5 % × 8 000,00 € de chiffre d'affaires HT.", own.Lines[0].Explanation.Replace('\u202F', ' '));
        await Assert.ThrowsAsync<ForbiddenException>(() => _w.Services.SendAsync(new SubmitStatement(statement.Id, 1), _w.Step));
    }

    private async Task<int> ExecuteAsync(string sql, object param)
    {
        await using var scope = _w.Services.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DbSession>().ExecuteAsync(sql, param);
    }
}

public sealed class SqliteStatementTests : StatementScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[RequiresSqlServer]
public sealed class SqlServerStatementTests : StatementScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.SqlServer;
}
