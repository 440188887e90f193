using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Modules;
using SwarmNet.BuildingBlocks.Outbox;
using SwarmNet.Modules.Royalties.Agreements;
using SwarmNet.Modules.Royalties.Declarations;
using SwarmNet.Modules.Royalties.Statements;

namespace SwarmNet.Modules.Royalties.Demo;

/// <summary>
/// The royalty story, dated from today, through the real commands: STEP's Les Triporteurs licence with 18 months declared
/// and statements in every state (paid, partly paid, overdue with its interest, approved, in review, a pending credit
/// note, an undeclared month billed on zero revenue), and La Fabrique's months waiting in the accountant's queue.
/// Runs after the Licences demo (Order 30); an agreement that already has declarations is left alone.
/// </summary>
internal sealed class RoyaltiesDemoSeeder(IMediator mediator, ActorContext context, OutboxDispatcher dispatcher, TimeProvider clock) : IDemoSeeder
{
    public int Order => 40;

    public async Task SeedAsync(CancellationToken ct)
    {
        await dispatcher.DispatchPendingAsync(ct); // the licences' activations become agreements
        var agreements = (await mediator.Send(new ListAgreements(PageSize: 100), ct)).Items.Where(a => a.Brand == "Les Triporteurs").ToList();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (agreements.FirstOrDefault(a => a.StructureName == "STEP") is { } step && await IsFreshAsync(step, ct))
            await StepStoryAsync(step, today, ct);
        if (agreements.FirstOrDefault(a => a.StructureName == "Tiers-lieu La Fabrique") is { } fabrique && await IsFreshAsync(fabrique, ct))
            await QueueStoryAsync(fabrique, today, ct);
        await mediator.Send(new ComputeDueStatements(), ct);
    }

    private async Task<bool> IsFreshAsync(AgreementDto agreement, CancellationToken ct) =>
        (await mediator.Send(new ListDeclarations(agreement.Id), ct)).Total == 0;

    private async Task StepStoryAsync(AgreementDto agreement, DateOnly today, CancellationToken ct)
    {
        var declarant = Person("Référente STEP", agreement.StructureOrganizationId, Roles.StructureAdmin);
        var accountant = Person("Comptable Les Triporteurs", agreement.GrantorOrganizationId, Roles.Accountant);
        var months = Enumerable.Range(0, 18).Select(i => agreement.EffectiveDate.AddMonths(i)).Where(m => m.AddMonths(1) <= today).ToList();
        var declarations = new List<DeclarationDto>();
        foreach (var (month, i) in months.Select((m, i) => (m, i)))
            declarations.Add(await SendAsync(new DeclareRevenue(agreement.Id, month, Revenue(4_000m + (i * 450m), i), false,
                new SwornStatement("Référente STEP", month.AddMonths(1).AddDays(4), true, null)), declarant, ct));

        var statements = (await SendAsync(new ListStatements(AgreementId: agreement.Id, Kind: StatementKinds.Period, Sort: "periodStart", PageSize: 100), accountant, ct)).Items;
        for (var i = 0; i < statements.Count; i++)
        {
            var s = statements[i];
            var issuedOn = s.PeriodEnd.AddDays(10);
            var (to, paidAfter) = (months.Count - i) switch
            {
                1 => ("InReview", (int?)null),
                2 => ("Approved", null),
                3 => ("Issued", null),            // unpaid and overdue: interest runs
                4 => ("Issued", -1),              // partly paid
                _ => ("Paid", 25),
            };
            await MoveAsync(s, to, issuedOn, today, accountant, ct);
            if (paidAfter is { } days && issuedOn.AddDays(Math.Max(days, 20)) <= today)
            {
                var amount = days < 0 ? Math.Round(s.TotalInclVat / 2m, 2) : s.TotalInclVat;
                await SendAsync(new RecordPayment(s.Id, issuedOn.AddDays(days < 0 ? 20 : days), amount, $"VIR STEP {issuedOn:yyyyMM}"), accountant, ct);
            }
        }

        // A revenue over-declared a year ago, corrected: the paid month gets a pending credit note.
        if (declarations.Count > 13)
        {
            var corrected = declarations[13];
            await SendAsync(new CorrectDeclaration(corrected.Id, 1, corrected.Revenue.ToDictionary(r => r.Key, r => r.Key == "livraison" ? r.Value - 600m : r.Value),
                false, new SwornStatement("Référente STEP", today, true, null)), declarant, ct);
        }
    }

    private async Task QueueStoryAsync(AgreementDto agreement, DateOnly today, CancellationToken ct)
    {
        var declarant = Person("Référent La Fabrique", agreement.StructureOrganizationId, Roles.StructureAdmin);
        var staff = Person("Chargée de réseau Les Triporteurs", agreement.GrantorOrganizationId, Roles.NetworkStaff);
        foreach (var month in Enumerable.Range(0, 5).Select(i => agreement.EffectiveDate.AddMonths(i)).Where(m => m.AddMonths(1) <= today))
            await SendAsync(new DeclareRevenue(agreement.Id, month, new Dictionary<string, decimal> { ["livraison"] = 2_500m + (month.Month * 130m) }, false,
                new SwornStatement("Référent La Fabrique", month.AddMonths(1).AddDays(3), true, null)), declarant, ct);
        foreach (var s in (await SendAsync(new ListStatements(AgreementId: agreement.Id, PageSize: 100), staff, ct)).Items)
            await SendAsync(new SubmitStatement(s.Id, s.Version), staff, ct);
    }

    private async Task MoveAsync(StatementSummaryDto statement, string to, DateOnly issuedOn, DateOnly today, Actor accountant, CancellationToken ct)
    {
        var id = statement.Id;
        var staff = Person("Chargée de réseau Les Triporteurs", accountant.Memberships[0].OrganizationId, Roles.NetworkStaff);
        var current = await SendAsync(new SubmitStatement(id, statement.Version), staff, ct);
        if (to == "InReview")
            return;
        current = await SendAsync(new ApproveStatement(id, current.Summary.Version), accountant, ct);
        if (to != "Approved")
            await SendAsync(new IssueStatement(id, current.Summary.Version, issuedOn <= today ? issuedOn : today), accountant, ct);
    }

    /// <summary>Delivery by cargo bike grows month after month; workshops some months.</summary>
    private static Dictionary<string, decimal> Revenue(decimal delivery, int month) => month % 3 == 2
        ? new() { ["livraison"] = delivery, ["ateliers"] = 850m }
        : new() { ["livraison"] = delivery };

    private static Actor Person(string name, Guid organization, string role) => DemoActors.Person(name, organization, role);

    /// <summary>The seeder runs as the platform; each step is done by the person of the story, so the history names them.</summary>
    private Task<T> SendAsync<T>(IRequest<T> request, Actor actor, CancellationToken ct) => mediator.SendAsAsync(context, actor, request, ct);
}
