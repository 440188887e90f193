using System.Globalization;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.Modules.Network.Contracts.Access;

namespace SwarmNet.Web.Pages.Royalties;

/// <summary>The export page's files: links to the API's GET endpoints, for a grantor the reader works for and a window.</summary>
public static class ExportLinks
{
    /// <summary>The organisations whose books the reader may export: those they work in as head staff or accountant.</summary>
    public static IReadOnlyList<MeMembershipDto> Grantors(MeDto me) =>
        [.. me.Memberships.Where(m => m.Role is Roles.NetworkAdmin or Roles.NetworkStaff or Roles.Accountant)];

    /// <summary>Both dates always go: a missing one would come back as the API's 400 saved as a file (docs/adr/0113).</summary>
    public static string For(string file, Guid? grantor, DateOnly from, DateOnly to) =>
        $"/api/royalties/exports/{file}?grantorOrganizationId={grantor}&from={Iso(from)}&to={Iso(to)}";

    private static string Iso(DateOnly day) => day.ToString("O", CultureInfo.InvariantCulture);
}
