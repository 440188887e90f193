using Xunit;
using M = SwarmNet.BuildingBlocks.Money.Money;

namespace SwarmNet.BuildingBlocks.Tests;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("0.005", "0.01")]
    [InlineData("-0.005", "-0.01")]
    [InlineData("2.675", "2.68")]
    [InlineData("1.234", "1.23")]
    public void Round2_rounds_ties_away_from_zero(string amount, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            M.Round2(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Cents_round_trip_and_keep_two_decimals()
    {
        Assert.Equal(123456L, M.ToCents(1234.56m));
        Assert.Equal(-5L, M.ToCents(-0.05m));
        Assert.Equal("1234.56", M.FromCents(123456).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("400.00", M.FromCents(40000).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void More_than_two_decimals_is_refused_not_rounded()
    {
        Assert.False(M.HasAtMostTwoDecimals(10.001m));
        Assert.Throws<ArgumentException>(() => M.ToCents(10.001m));
    }
}
