using SwarmNet.Modules.Network.Domain;
using Xunit;

namespace SwarmNet.Modules.Network.Tests;

/// <summary>SIRET as INSEE defines it: the SIREN's Luhn key and the SIRET's both hold; La Poste's establishments have their own rule.</summary>
public sealed class SiretTests
{
    [Theory]
    [InlineData("73282932000074")] // passes Luhn
    [InlineData("35600000000048")] // La Poste head office: ordinary Luhn
    [InlineData("35600000049837")] // a La Poste establishment: digit sum 45, a multiple of 5
    [InlineData("55208131766522")] // SIREN 552081317 and SIRET both pass their key
    public void Accepts_valid_sirets(string siret) => Assert.True(Siret.IsValid(siret));

    [Theory]
    [InlineData("73282932000075")] // Luhn broken by the last digit
    [InlineData("78778932879214")] // the fourteen digits pass Luhn, but not the SIREN 787789328
    [InlineData("12345678900007")] // likewise: SIREN 123456789 fails its own key
    [InlineData("35600000049838")] // La Poste, digit sum 46
    [InlineData("7328293200007")] // 13 digits
    [InlineData("732829320000744")] // 15 digits
    [InlineData("7328293200007A")]
    [InlineData("")]
    [InlineData(null)]
    public void Rejects_invalid_sirets(string? siret) => Assert.False(Siret.IsValid(siret));
}
