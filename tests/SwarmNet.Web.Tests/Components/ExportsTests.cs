using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.Modules.Network.Contracts.Access;
using SwarmNet.Testing;
using SwarmNet.Web.Layout;
using SwarmNet.Web.Pages.Royalties;
using Xunit;

namespace SwarmNet.Web.Tests.Components;

/// <summary>The export page's links: the books of the organisation worked in now, the year so far, both dates always sent.</summary>
public sealed class ExportsTests : BunitContext, IAsyncLifetime
{
    private static readonly Guid Triporteurs = Guid.CreateVersion7(), Simplon = Guid.CreateVersion7(), Step = Guid.CreateVersion7();

    public ExportsTests()
    {
        Services.AddMudServices();
        Services.AddSingleton<TimeProvider>(new ManualClock(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero)));
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor's date picker holds a service that is only asynchronously disposable.
    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    private static readonly MeDto Accountant = new(Guid.CreateVersion7(), "compta@y.invalid", "Compta", false,
        [new(Triporteurs, "Les Triporteurs", Roles.Accountant), new(Step, "STEP", Roles.StructureMember), new(Simplon, "Simplon", Roles.NetworkStaff)]);

    [Fact]
    public void The_links_export_the_books_of_the_organisation_worked_in_for_the_year_so_far()
    {
        var page = Render<Exports>(p => p.AddCascadingValue(Workspace.For(Accountant, Simplon)));

        var fec = page.FindAll("a").Single(a => a.TextContent.Contains("FEC", StringComparison.Ordinal)).GetAttribute("href");
        Assert.Equal($"/api/royalties/exports/fec?grantorOrganizationId={Simplon}&from=2026-01-01&to=2026-11-23", fec);
        Assert.Equal(["Les Triporteurs", "Simplon"], ExportLinks.Grantors(Accountant).Select(g => g.OrganizationName));
    }

    [Fact]
    public void Working_in_a_structure_the_first_books_the_reader_keeps_are_offered()
    {
        var page = Render<Exports>(p => p.AddCascadingValue(Workspace.For(Accountant, Step)));

        var csv = page.FindAll("a").Single(a => a.TextContent.Contains("Relevés (CSV)", StringComparison.Ordinal)).GetAttribute("href");
        Assert.StartsWith($"/api/royalties/exports/statements.csv?grantorOrganizationId={Triporteurs}&", csv, StringComparison.Ordinal);
    }
}
