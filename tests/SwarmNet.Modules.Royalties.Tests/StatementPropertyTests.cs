using CsCheck;
using SwarmNet.BuildingBlocks.Money;
using SwarmNet.Modules.Royalties.Contracts.Simulation;
using SwarmNet.Modules.Royalties.Declarations;
using SwarmNet.Modules.Royalties.Simulation;
using SwarmNet.Modules.Royalties.Statements;
using Xunit;

namespace SwarmNet.Modules.Royalties.Tests;

/// <summary>
/// The statements an agreement gets — drafts on declaration, zero-revenue ones from the nightly close — carry exactly the
/// simulation's lines and totals for the same terms and declarations (generated: every component, ramp-up, cap, minimum).
/// </summary>
public sealed class StatementPropertyTests : IAsyncLifetime
{
    private RoyaltyWorld _w = null!;

    public async Task InitializeAsync()
    {
        _w = await RoyaltyWorld.StartAsync();
        _w.Services.Clock.Advance(new DateTimeOffset(2040, 1, 1, 0, 0, 0, TimeSpan.Zero) - _w.Services.Clock.GetUtcNow()); // every generated period has begun
    }

    public async Task DisposeAsync() => await _w.DisposeAsync();

    [Fact]
    public async Task Statements_equal_the_engines_simulation_for_the_same_terms_and_declarations() =>
        await Generators.Requests.SampleAsync(async request =>
        {
            var simulated = SimulateRoyalties.Run(request).Result!;
            var agreement = await _w.AgreementAsync(request.Terms!);
            foreach (var declaration in request.Declarations!)
            {
                await _w.Services.SendAsync(new DeclareRevenue(agreement, declaration.Start, declaration.Revenue!.Count == 0 ? null : declaration.Revenue,
                    declaration.Revenue.Count == 0, RoyaltyWorld.Sworn), _w.Step);
            }
            await _w.Services.SendAsync(new ComputeDueStatements(simulated.Periods[^1].End.AddDays(16), LookBackMonths: 600));

            var stored = (await _w.QueryAsync<StoredLine>(LinesSql, new { Agreement = agreement })).ToLookup(l => l.PeriodStart);
            var totals = (await _w.QueryAsync<StoredTotal>(TotalsSql, new { Agreement = agreement })).ToDictionary(t => t.PeriodStart);
            foreach (var period in simulated.Periods)
            {
                Assert.True(totals.ContainsKey(period.Start), $"no statement for {period.Start}");
                Assert.Equal((period.Declared, period.TotalExclVat, period.Vat), (totals[period.Start].Declared, Money.FromCents(totals[period.Start].TotalExclVatCents),
                    Money.FromCents(totals[period.Start].VatCents)));
                Assert.Equal(period.Lines.Select(l => (l.Kind, l.Label, l.Account, l.Base, l.Amount)),
                    stored[period.Start].Select(l => (l.Kind, l.Label, l.Account, l.BaseCents is { } b ? Money.FromCents(b) : (decimal?)null, Money.FromCents(l.AmountCents))));
            }
        }, iter: 15, threads: 1, print: Generators.Show);

    private sealed class StoredLine
    {
        public DateOnly PeriodStart { get; init; }
        public string Kind { get; init; } = "";
        public string Label { get; init; } = "";
        public string Account { get; init; } = "";
        public long? BaseCents { get; init; }
        public long AmountCents { get; init; }
    }

    private sealed class StoredTotal
    {
        public DateOnly PeriodStart { get; init; }
        public bool Declared { get; init; }
        public long TotalExclVatCents { get; init; }
        public long VatCents { get; init; }
    }

    private const string LinesSql = """
        SELECT s.period_start, l.kind, l.label, l.account, l.base_cents, l.amount_cents
        FROM royalties_statement_lines l JOIN royalties_statements s ON s.id = l.statement_id
        WHERE s.agreement_id = @Agreement AND s.kind = 'period' ORDER BY s.period_start, l.line_no
        """;

    private const string TotalsSql = """
        SELECT period_start, declared, total_excl_vat_cents, vat_cents FROM royalties_statements WHERE agreement_id = @Agreement AND kind = 'period'
        """;
}
