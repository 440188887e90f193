using SwarmNet.Modules.Network.Domain;
using Xunit;

namespace SwarmNet.Modules.Network.Tests;

public sealed class SiretTests
{
    [Theory]
    [InlineData("73282932000074")] // passes Luhn
    [InlineData("35600000000048")] // La Poste head office: ordinary Luhn
    [InlineData("35600000049837")] // a La Poste establishment: digit sum 45, a multiple of 5
    public void Accepts_valid_sirets(string siret) => Assert.True(Siret.IsValid(siret));

    [Theory]
    [InlineData("73282932000075")] // Luhn broken by the last digit
    [InlineData("35600000049838")] // La Poste, digit sum 46
    [InlineData("7328293200007")] // 13 digits
    [InlineData("732829320000744")] // 15 digits
    [InlineData("7328293200007A")]
    [InlineData("")]
    [InlineData(null)]
    public void Rejects_invalid_sirets(string? siret) => Assert.False(Siret.IsValid(siret));
}
