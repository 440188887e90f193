using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SwarmNet.Host.Jobs;
using Xunit;

namespace SwarmNet.Host.Tests;

/// <summary>
/// The host tests' world is the test's: the host reads the factory's clock, never the wall clock, and messages are
/// French whatever the machine's LANG. The same date-sensitive scenario run on two clocks gives two answers.
/// </summary>
public sealed class ControlledClockTests
{
    private static readonly DateTimeOffset BeforeEffectiveDate = new(2026, 10, 15, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset AfterEffectiveDate = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_licence_signed_before_its_effective_date_waits_for_the_clock_and_one_signed_after_is_active_at_once()
    {
        await using var early = new SwarmNetFactory();
        early.Clock.Set(BeforeEffectiveDate);
        await using var late = new SwarmNetFactory();
        late.Clock.Set(AfterEffectiveDate);

        var (earlyId, earlySigned) = await SignAsync(early);
        var (_, lateSigned) = await SignAsync(late);

        Assert.Equal("signed", earlySigned.GetProperty("status").GetString());
        Assert.Equal("active", lateSigned.GetProperty("status").GetString());
        Assert.Equal("2026-11-01", lateSigned.GetProperty("activatedOn").GetString());

        early.Clock.Set(new DateTimeOffset(2026, 11, 2, 2, 15, 0, TimeSpan.Zero));
        // What Hangfire calls at 02:15 (RecurringJobTests checks it is scheduled so): the run reads the host's clock.
        await early.Services.GetRequiredService<RecurringJobRunner>().RunAsync("licences.daily-lifecycle", CancellationToken.None);
        var signedInAgain = await early.AdminClientAsync(); // the first cookie expired while the days passed
        var activated = await signedInAgain.GetFromJsonAsync<JsonElement>($"/api/licences/{earlyId}");
        Assert.Equal("active", activated.GetProperty("status").GetString());
        Assert.Equal("2026-11-01", activated.GetProperty("activatedOn").GetString());
    }

    [Fact]
    public async Task Threads_the_tests_did_not_start_read_french()
    {
        // A fresh thread takes the process default, as the host's background services do: the pin, not the machine's LANG.
        var names = await Task.Factory.StartNew(() => (CultureInfo.CurrentCulture.Name, CultureInfo.CurrentUICulture.Name), TaskCreationOptions.LongRunning);
        Assert.Equal(("fr-FR", "fr-FR"), names);
    }

    private static async Task<(Guid Id, JsonElement Signed)> SignAsync(SwarmNetFactory factory)
    {
        var world = await LicenceWorld.CreateAsync(factory, "Les Triporteurs", "Les Triporteurs", "STEP", "horloge");
        var id = await world.DraftAsync(LicenceEndpointTests.Content("2026-11-01", LicenceEndpointTests.Royalties));
        return (id, await world.SignBothAsync(id));
    }
}
