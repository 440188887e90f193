using SwarmNet.Modules.Royalties.Engine;
using Xunit;
using static SwarmNet.Modules.Royalties.Tests.Build;

namespace SwarmNet.Modules.Royalties.Tests;

public sealed class ContractMonthTests
{
    [Theory]
    [InlineData("2024-03-15", "2024-03-15", 1)]
    [InlineData("2024-03-15", "2024-04-14", 1)]
    [InlineData("2024-03-15", "2024-04-15", 2)]
    [InlineData("2024-03-15", "2024-04-01", 1)]
    [InlineData("2024-01-31", "2024-02-29", 2)]
    [InlineData("2024-01-31", "2024-03-30", 2)]
    [InlineData("2024-01-31", "2024-03-31", 3)]
    [InlineData("2024-02-29", "2025-02-28", 13)]
    [InlineData("2024-01-01", "2026-12-31", 36)]
    public void Is_one_more_than_the_months_added_to_the_effective_date_without_passing_the_date(string effective, string date, int month) =>
        Assert.Equal(month, ContractMonth.Of(D(effective), D(date)));
}
