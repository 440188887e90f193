using SwarmNet.Web.Sending;
using Xunit;

namespace SwarmNet.Web.Tests.Components;

public sealed class LocalUrlTests
{
    [Theory]
    [InlineData("/me", "/me")]
    [InlineData("/networks/1/pipeline?stuck=30", "/networks/1/pipeline?stuck=30")]
    [InlineData("//evil.example/x", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("https://evil.example", "/")]
    [InlineData("me", "/")]
    [InlineData("/me\r\nSet-Cookie: x", "/")]
    [InlineData(null, "/")]
    public void After_sign_in_only_a_path_of_this_site_is_followed(string? url, string expected) =>
        Assert.Equal(expected, LocalUrl.OrHome(url));
}
