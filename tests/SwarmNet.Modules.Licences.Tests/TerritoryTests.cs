using SwarmNet.Modules.Licences.Domain;
using Xunit;

namespace SwarmNet.Modules.Licences.Tests;

public sealed class TerritoryTests
{
    private static Territory Codes(string[] communes, string[] departments) => new(communes, departments, null);

    [Fact]
    public void Shared_communes_overlap()
    {
        Assert.Equal(["64445"], Codes(["64445", "64348"], []).OverlapWith(Codes(["64445"], [])));
        Assert.Empty(Codes(["64445"], []).OverlapWith(Codes(["64129"], []))!);
    }

    [Fact]
    public void A_commune_inside_a_department_overlaps_it_either_way()
    {
        Assert.Equal(["64445"], Codes(["64445"], []).OverlapWith(Codes([], ["64"])));
        Assert.Equal(["64445"], Codes([], ["64"]).OverlapWith(Codes(["64445"], [])));
        Assert.Empty(Codes(["33063"], []).OverlapWith(Codes([], ["64"]))!);
    }

    [Fact]
    public void Shared_departments_overlap_including_corsica_and_overseas()
    {
        Assert.Equal(["2A"], Codes([], ["2a", "33"]).OverlapWith(Codes([], ["2A"])));
        Assert.Equal(["97411"], Codes(["97411"], []).OverlapWith(Codes([], ["974"])));
        Assert.Empty(Codes(["97411"], []).OverlapWith(Codes([], ["97"]))!);
    }

    [Fact]
    public void A_free_description_cannot_be_compared()
    {
        Assert.Null(new Territory(null, null, "Pau et agglomération").OverlapWith(Codes(["64445"], [])));
        Assert.Null(Codes(["64445"], []).OverlapWith(new Territory([], [], "Béarn")));
    }

    [Fact]
    public void Codes_are_checked_and_exclusivity_needs_codes()
    {
        Assert.Equal(["/t/communes/1", "/t/departments/0"],
            new Territory(["64445", "6444"], ["99"], null).Validate("/t", exclusive: false).Select(e => e.Path));
        Assert.Equal(["/t"], new Territory(null, null, "Béarn").Validate("/t", exclusive: true).Select(e => e.Path));
        Assert.Equal(["/t"], new Territory(null, [], " ").Validate("/t", exclusive: false).Select(e => e.Path));
        Assert.Empty(new Territory(["2B033", "97209"], ["974", "01"], null).Validate("/t", exclusive: true));
    }
}
