using SwarmNet.BuildingBlocks.Errors;
using Xunit;

namespace SwarmNet.BuildingBlocks.Tests;

public sealed class JsonPointerTests
{
    [Theory]
    [InlineData("Name", "/name")]
    [InlineData("Referent.Email", "/referent/email")]
    [InlineData("Terms.Components[0].Brackets[1].UpTo", "/terms/components/0/brackets/1/upTo")]
    [InlineData("Items[2]", "/items/2")]
    [InlineData("a/b", "/a~1b")]
    [InlineData("", "")]
    public void Property_paths_become_json_pointers(string propertyPath, string expected) =>
        Assert.Equal(expected, JsonPointer.FromPropertyPath(propertyPath));

    [Theory]
    [InlineData("$.kind", "/kind")]
    [InlineData("$.referent.email", "/referent/email")]
    [InlineData("$.items[3].name", "/items/3/name")]
    [InlineData("$", "")]
    [InlineData(null, "")]
    public void Json_paths_become_json_pointers(string? jsonPath, string expected) =>
        Assert.Equal(expected, JsonPointer.FromJsonPath(jsonPath));
}
