using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.Modules.Obligations.Domain;
using SwarmNet.Modules.Obligations.Occurrences;
using SwarmNet.Modules.Royalties.Contracts.Declarations;
using SwarmNet.Testing;
using Xunit;
using SwarmNet.Modules.Obligations.Contracts.Occurrences;

namespace SwarmNet.Modules.Obligations.Tests;

/// <summary>States, evidence, history and access of occurrences; the declaration link from Royalties.</summary>
public abstract class OccurrenceScenarios : IAsyncLifetime
{
    private ObligationsWorld _w = null!;

    protected abstract DatabaseProvider Provider { get; }

    public async Task InitializeAsync()
    {
        _w = await ObligationsWorld.StartAsync(Provider);
        await _w.ActivateAsync();
    }

    public async Task DisposeAsync() => await _w.DisposeAsync();

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private RevenueDeclared Declared(DateOnly start, int version, Guid? id = null) => new(id ?? Guid.CreateVersion7(), _w.Licence, "licence", _w.Head, _w.Step,
        start, start.AddMonths(1).AddDays(-1), version, false, Guid.CreateVersion7(), "Référente STEP", new DateTimeOffset(2027, 1, 10, 8, 0, 0, TimeSpan.Zero));

    [DbFact]
    public async Task Submit_reject_resubmit_accept_each_in_the_history_with_who_and_when()
    {
        var assurance = await _w.OccurrenceAsync("ASSUR", D(2026, 12, 31));
        var submitted = await _w.Services.SendAsync(new SubmitOccurrence(assurance.Id, assurance.Version), _w.StepAdmin);
        Assert.Equal((OccurrenceStates.Submitted, "déposée", D(2026, 11, 23)), (submitted.State, submitted.StateLabel, submitted.SubmittedOn));
        var rejected = await _w.Services.SendAsync(new ReviewOccurrence(assurance.Id, submitted.Version, false, "Attestation expirée"), _w.HeadStaff);
        Assert.Equal((OccurrenceStates.Rejected, "Attestation expirée"), (rejected.State, rejected.Reason));
        var again = await _w.Services.SendAsync(new SubmitOccurrence(assurance.Id, rejected.Version), _w.StepAdmin);
        var accepted = await _w.Services.SendAsync(new ReviewOccurrence(assurance.Id, again.Version, true, null), _w.HeadAdmin);
        Assert.Equal(OccurrenceStates.Accepted, accepted.State);

        var detail = await _w.Services.SendAsync(new GetOccurrence(assurance.Id), _w.StepAdmin);
        Assert.Equal(
            ["→Upcoming SwarmNet", "Upcoming→Submitted Référente STEP", "Submitted→Rejected Chargée de réseau", "Rejected→Submitted Référente STEP",
             "Submitted→Accepted Admin Les Triporteurs"],
            detail.History.Select(h => $"{h.FromState}→{h.ToState} {h.ActorName}"));
        Assert.All(detail.History, h => Assert.Equal(_w.Services.Clock.GetUtcNow(), h.At));
        await Assert.ThrowsAsync<ConflictException>(() => _w.Services.SendAsync(new SubmitOccurrence(assurance.Id, accepted.Version), _w.StepAdmin));
    }

    [DbFact]
    public async Task Evidence_is_what_the_obligation_asks_for()
    {
        _w.SetToday(D(2026, 12, 5));
        await _w.Services.SendAsync(new Generation.ExtendObligationHorizon());
        var report = await _w.OccurrenceAsync("RAPPORT", D(2027, 12, 1));
        var noFile = await Assert.ThrowsAsync<InputValidationException>(() => _w.Services.SendAsync(new SubmitOccurrence(report.Id, report.Version), _w.StepAdmin));
        Assert.Equal("/files", Assert.Single(noFile.Errors).Path);
        var pdf = "%PDF-1.7 rapport"u8.ToArray();
        var file = await _w.Services.SendAsync(new AttachOccurrenceFile(report.Id, "rapport.pdf", "application/pdf", pdf, "00"), _w.StepAdmin);
        Assert.Equal(("rapport.pdf", pdf.Length), (file.FileName, (int)file.SizeBytes));
        Assert.Equal("rapport.pdf", Assert.Single((await _w.Services.SendAsync(new GetOccurrence(report.Id), _w.HeadStaff)).Files).FileName);
        Assert.Equal(OccurrenceStates.Submitted, (await _w.Services.SendAsync(new SubmitOccurrence(report.Id, report.Version), _w.StepAdmin)).State);

        var declaration = (await _w.OccurrencesAsync()).First(o => o.Code == "DECL-CA");
        var missing = await Assert.ThrowsAsync<InputValidationException>(() => _w.Services.SendAsync(new SubmitOccurrence(declaration.Id, declaration.Version), _w.StepAdmin));
        Assert.Equal("/declarationId", Assert.Single(missing.Errors).Path);
    }

    [DbFact]
    public async Task Only_the_parties_see_an_occurrence_and_each_does_only_its_part()
    {
        var assurance = await _w.OccurrenceAsync("ASSUR", D(2026, 12, 31));
        await Assert.ThrowsAsync<NotFoundException>(() => _w.Services.SendAsync(new GetOccurrence(assurance.Id), _w.Outsider));
        await Assert.ThrowsAsync<NotFoundException>(() => _w.Services.SendAsync(new SubmitOccurrence(assurance.Id, assurance.Version), _w.Outsider));
        await Assert.ThrowsAsync<ForbiddenException>(() => _w.Services.SendAsync(new SubmitOccurrence(assurance.Id, assurance.Version), _w.HeadStaff));
        await Assert.ThrowsAsync<ForbiddenException>(() => _w.Services.SendAsync(new WaiveOccurrence(assurance.Id, assurance.Version, "Dispense"), _w.HeadStaff));
        await Assert.ThrowsAsync<ForbiddenException>(() => _w.Services.SendAsync(new WaiveOccurrence(assurance.Id, assurance.Version, "Dispense"), _w.StepAdmin));
        var waived = await _w.Services.SendAsync(new WaiveOccurrence(assurance.Id, assurance.Version, "Assurance du réseau"), _w.HeadAdmin);
        Assert.Equal((OccurrenceStates.Waived, "dispensée"), (waived.State, waived.StateLabel));

        var mine = await _w.Services.SendAsync(new ListOccurrences(_w.Step), _w.StepAdmin);
        Assert.Equal(12, mine.Total);
        var theirs = await _w.Services.SendAsync(new ListOccurrences(_w.Head, Category: "insurance"), _w.HeadStaff);
        Assert.Equal(OccurrenceStates.Waived, Assert.Single(theirs.Items).State);
        Assert.Equal(0, (await _w.Services.SendAsync(new ListOccurrences(_w.Step), _w.Outsider)).Total);
    }

    [DbFact]
    public async Task A_revenue_declaration_fulfils_the_period_s_occurrence_and_a_correction_updates_it()
    {
        var first = Guid.CreateVersion7();
        await _w.PublishAsync(Declared(D(2026, 12, 1), 1, first));
        var december = await _w.OccurrenceAsync("DECL-CA", D(2027, 1, 15));
        var detail = await _w.Services.SendAsync(new GetOccurrence(december.Id), _w.StepAdmin);
        Assert.Equal((OccurrenceStates.Submitted, first, 1, D(2027, 1, 10)),
            (detail.Occurrence.State, detail.Occurrence.DeclarationId, detail.Occurrence.DeclarationVersion, detail.Occurrence.SubmittedOn));
        Assert.Equal("Référente STEP", detail.History[^1].ActorName);

        var correction = Guid.CreateVersion7();
        await _w.PublishAsync(Declared(D(2026, 12, 1), 2, correction));
        await _w.PublishAsync(Declared(D(2026, 12, 1), 1, first));
        var corrected = await _w.Services.SendAsync(new GetOccurrence(december.Id), _w.StepAdmin);
        Assert.Equal((OccurrenceStates.Submitted, correction, 2), (corrected.Occurrence.State, corrected.Occurrence.DeclarationId, corrected.Occurrence.DeclarationVersion));
        Assert.Equal(OccurrenceStates.Upcoming, (await _w.OccurrenceAsync("DECL-CA", D(2027, 2, 15))).State);
    }
}

public sealed class SqliteOccurrenceTests : OccurrenceScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[RequiresSqlServer]
public sealed class SqlServerOccurrenceTests : OccurrenceScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.SqlServer;
}
