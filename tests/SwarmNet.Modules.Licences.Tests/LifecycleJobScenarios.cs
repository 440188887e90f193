using SwarmNet.BuildingBlocks.ContractLifecycle;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Jobs;
using SwarmNet.Modules.Licences.Domain;
using SwarmNet.Modules.Licences.Reading;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Modules.Licences.Tests;

/// <summary>
/// The daily lifecycle job as the scheduler runs it (by its declared id): a run after days without one catches up every
/// action in order, on each database. Races and paging are in <see cref="SqliteLifecycleJobTests"/>.
/// </summary>
public abstract class LifecycleJobScenarios : LicenceScenarioBase
{
    internal const string JobId = "licences.daily-lifecycle";

    /// <summary>What Hangfire triggers: the command the module declared under the job id.</summary>
    private protected Task RunDeclaredJobAsync() =>
        Services.SendAsync(Services.Get<IEnumerable<RecurringJobDefinition>>().Single(j => j.Id == JobId).CreateCommand());

    private protected async Task<LicenceDto> SignedAsync(Guid licensee, LicenceContent content) =>
        await F.SignBothAsync(Services, await F.DraftAsync(Services, licensee, content));

    private protected static LicenceContent Running(DateOnly effective, DateOnly end, bool tacitRenewal, string commune) =>
        LicenceSamples.Pau(effective, end: end) with
        {
            Term = new ContractTerm(effective, end, tacitRenewal, RenewalMonths: 12, NoticeDays: 90),
            Territory = new Territory([commune], [], null),
        };

    private protected Task<LicenceDto> ReadAsync(Guid id) => Services.SendAsync(new GetLicence(id));

    private protected async Task<List<string>> EventsOfAsync(Guid id) =>
        (await Services.QueryAsync<string>("SELECT event_name FROM platform_outbox WHERE event_name LIKE 'licences.%' AND payload LIKE @Id",
            new { Id = $"%{id}%" })).Order(StringComparer.Ordinal).ToList();

    [DbFact]
    public async Task A_run_after_two_missed_years_activates_renews_each_term_and_expires_in_order()
    {
        var renews = await SignedAsync(F.Step.Id, Running(new DateOnly(2026, 12, 1), new DateOnly(2027, 11, 30), tacitRenewal: true, "64445"));
        var expires = await SignedAsync(F.Other.Id, Running(new DateOnly(2026, 12, 1), new DateOnly(2027, 11, 30), tacitRenewal: false, "69387"));
        Assert.Equal((ContractStatus.Signed, ContractStatus.Signed), (renews.Status, expires.Status));

        Services.Clock.Set(new DateTimeOffset(2029, 12, 5, 2, 15, 0, TimeSpan.Zero)); // the job has not run since signing
        await RunDeclaredJobAsync();

        var renewed = await ReadAsync(renews.Id);
        Assert.Equal((ContractStatus.Active, new DateOnly(2026, 12, 1), new DateOnly(2030, 11, 30)),
            (renewed.Status, renewed.ActivatedOn!.Value, renewed.Content.Term!.EndDate!.Value));
        Assert.Equal(["drafted", "signed", "signed", "activated", "renewed", "renewed", "renewed"], renewed.History.Select(h => h.Action));
        Assert.Equal(["licences.licence-activated.v1", "licences.licence-renewed.v1", "licences.licence-renewed.v1", "licences.licence-renewed.v1"],
            await EventsOfAsync(renews.Id));

        var expired = await ReadAsync(expires.Id);
        Assert.Equal((ContractStatus.Expired, new DateOnly(2026, 12, 1), new DateOnly(2027, 11, 30)),
            (expired.Status, expired.ActivatedOn!.Value, expired.EndedOn!.Value));
        Assert.Equal(["drafted", "signed", "signed", "activated", "expired"], expired.History.Select(h => h.Action));
        Assert.Equal(["licences.licence-activated.v1", "licences.licence-expired.v1"], await EventsOfAsync(expires.Id));

        await RunDeclaredJobAsync(); // caught up: a second run finds nothing due
        Assert.Equal(7, (await ReadAsync(renews.Id)).History.Count);
        Assert.Equal(5, (await ReadAsync(expires.Id)).History.Count);
    }
}

[RequiresSqlServer]
public sealed class SqlServerLifecycleJobTests : LifecycleJobScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.SqlServer;
}
