using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.Modules.Network.Contracts.Access;
using SwarmNet.Web.Layout;
using SwarmNet.Web.Pages.Royalties;
using Xunit;

namespace SwarmNet.Web.Tests.Components;

/// <summary>The queue asks for the statements of the side the reader works for, sorted as the grid says.</summary>
public sealed class StatementFilterTests
{
    private static readonly Guid Organization = Guid.CreateVersion7(), Debtor = Guid.CreateVersion7();

    private static Workspace As(string role) =>
        Workspace.For(new MeDto(Guid.CreateVersion7(), "x@y.invalid", "X", false, [new MeMembershipDto(Organization, "Org", role)]), Organization);

    [Fact]
    public void A_network_heads_people_list_what_they_bill_a_structure_what_it_owes()
    {
        var filter = new StatementFilter(State: "InReview", StructureId: Debtor);

        var billed = filter.Query(As(Roles.Accountant), "-amount", 2, 25);
        Assert.Equal((Organization, Debtor, "InReview", "-amount", 2, 25), (billed.GrantorOrganizationId, billed.StructureId, billed.State, billed.Sort, billed.Page, billed.PageSize));
        Assert.Equal(Organization, filter.Query(As(Roles.NetworkStaff), null, 1, 10).GrantorOrganizationId);

        var owed = filter.Query(As(Roles.StructureMember), null, 1, 10);
        Assert.Equal((null, Organization), (owed.GrantorOrganizationId, owed.StructureId));
    }

    [Theory]
    [InlineData("PeriodStart", false, "periodStart")]
    [InlineData("TotalInclVat", true, "-amount")]
    [InlineData("StructureName", false, "structure")]
    [InlineData("StateLabel", true, "-state")]
    [InlineData("Brand", false, null)]
    public void The_grids_columns_map_to_the_modules_sort_keys(string column, bool descending, string? key) =>
        Assert.Equal(key, StatementFilter.SortKey(column, descending));
}
