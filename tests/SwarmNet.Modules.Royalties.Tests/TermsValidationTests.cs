using SwarmNet.Modules.Royalties.Contracts.Terms;
using Xunit;
using static SwarmNet.Modules.Royalties.Tests.Build;

namespace SwarmNet.Modules.Royalties.Tests;

/// <summary>Spec section 5 for the terms: each rule, the exact JSON pointer it names.</summary>
public sealed class TermsValidationTests
{
    private static readonly RoyaltyTerms Valid = Terms("2024-03-15", "monthly", "contract", "2027-03-14",
        Percentage(0.05m), Tiered("marginal", (1000m, 0.05m), (null, 0.03m)), Fixed(150m, 0.02m), OneOff(3000m, "2024-03-15")) with
    {
        RampUp = [new RampUpStep { FromMonth = 1, ToMonth = 6, Discount = 1m }, new RampUpStep { FromMonth = 7, ToMonth = 12, Discount = 0.5m }],
        AnnualMinimum = new AnnualMinimumTerms { Amount = 2400m, FromYear = 2 },
        AnnualCap = 30000m,
    };

    private static RoyaltyComponentTerms[] With(int index, RoyaltyComponentTerms component)
    {
        var components = Valid.Components!.ToArray();
        components[index] = component;
        return components;
    }

    private static string[] Paths(RoyaltyTerms terms) => [.. RoyaltyTermsValidator.Validate(terms, "/terms").Select(e => e.Path)];

    public static TheoryData<string, RoyaltyTerms> Cases => new()
    {
        { "/terms/effectiveDate", Valid with { EffectiveDate = null } },
        { "/terms/effectiveDate", Valid with { EffectiveDate = D("1899-12-31"), EndDate = null } },
        { "/terms/effectiveDate", Valid with { EffectiveDate = D("3000-01-01"), EndDate = null, Components = [Percentage(0.05m)] } },
        { "/terms/endDate", Valid with { EndDate = D("2024-03-14") } },
        { "/terms/periodicity", Valid with { Periodicity = "weekly" } },
        { "/terms/periodicity", Valid with { Periodicity = null } },
        { "/terms/royaltyYear", Valid with { RoyaltyYear = "fiscal" } },
        { "/terms/vatRate", Valid with { VatRate = -0.01m } },
        { "/terms/vatRate", Valid with { VatRate = 1.01m } },
        { "/terms/vatRate", Valid with { VatRate = null } },
        { "/terms/components", Valid with { Components = [] } },
        { "/terms/components", Valid with { Components = null } },
        { "/terms/components/0/type", Valid with { Components = With(0, Percentage(0.05m) with { Type = "bonus" }) } },
        { "/terms/components/0/label", Valid with { Components = With(0, Percentage(0.05m) with { Label = "" }) } },
        { "/terms/components/0/label", Valid with { Components = With(0, Percentage(0.05m) with { Label = new string('x', 101) }) } },
        { "/terms/components/0/account", Valid with { Components = With(0, Percentage(0.05m, "franchise")) } },
        { "/terms/components/0/rate", Valid with { Components = With(0, Percentage(1.5m)) } },
        { "/terms/components/0/rate", Valid with { Components = With(0, Percentage(-0.1m)) } },
        { "/terms/components/0/rate", Valid with { Components = With(0, Percentage(0m) with { Rate = null }) } },
        { "/terms/components/0/categories/1", Valid with { Components = With(0, Percentage(0.05m, "royalty", "R", "ok", "")) } },
        { "/terms/components/1/mode", Valid with { Components = With(1, Tiered("progressive", (null, 0.05m))) } },
        { "/terms/components/1/brackets", Valid with { Components = With(1, Tiered("whole")) } },
        { "/terms/components/1/brackets/1/upTo", Valid with { Components = With(1, Tiered("marginal", (1000m, 0.05m), (1000m, 0.04m), (null, 0.03m))) } },
        { "/terms/components/1/brackets/1/upTo", Valid with { Components = With(1, Tiered("marginal", (1000m, 0.05m), (999m, 0.04m), (null, 0.03m))) } },
        { "/terms/components/1/brackets/0/upTo", Valid with { Components = With(1, Tiered("marginal", (0m, 0.05m), (null, 0.03m))) } },
        { "/terms/components/1/brackets/0/upTo", Valid with { Components = With(1, Tiered("marginal", (null, 0.05m), (null, 0.03m))) } },
        { "/terms/components/1/brackets/0/upTo", Valid with { Components = With(1, Tiered("marginal", (1000.001m, 0.05m), (null, 0.03m))) } },
        { "/terms/components/1/brackets/1/upTo", Valid with { Components = With(1, Tiered("marginal", (1000m, 0.05m), (2000m, 0.03m))) } },
        { "/terms/components/1/brackets/0/rate", Valid with { Components = With(1, Tiered("whole", (null, 1.01m))) } },
        { "/terms/components/2/amount", Valid with { Components = With(2, Fixed(-1m)) } },
        { "/terms/components/2/amount", Valid with { Components = With(2, Fixed(150.001m)) } },
        { "/terms/components/2/amount", Valid with { Components = With(2, Fixed(0m) with { Amount = null }) } },
        { "/terms/components/2/escalationRate", Valid with { Components = With(2, Fixed(150m, 1.01m)) } },
        { "/terms/components/2/escalationRate", Valid with { Components = With(2, Fixed(150m, -0.01m)) } },
        { "/terms/components/3/amount", Valid with { Components = With(3, OneOff(-0.01m, "2024-03-15")) } },
        { "/terms/components/3/amount", Valid with { Components = With(3, OneOff(10.999m, "2024-03-15")) } },
        { "/terms/components/3/date", Valid with { Components = With(3, OneOff(10m, "2024-03-14")) } },
        { "/terms/components/3/date", Valid with { Components = With(3, OneOff(10m, "2027-03-15")) } },
        { "/terms/components/3/date", Valid with { Components = With(3, OneOff(10m, "2024-03-15") with { Date = null }) } },
        { "/terms/rampUp/0/fromMonth", Valid with { RampUp = [new RampUpStep { FromMonth = 0, ToMonth = 6, Discount = 1m }] } },
        { "/terms/rampUp/0/toMonth", Valid with { RampUp = [new RampUpStep { FromMonth = 7, ToMonth = 6, Discount = 1m }] } },
        { "/terms/rampUp/0/discount", Valid with { RampUp = [new RampUpStep { FromMonth = 1, ToMonth = 6, Discount = 1.5m }] } },
        { "/terms/rampUp/1", Valid with { RampUp = [new RampUpStep { FromMonth = 1, ToMonth = 6, Discount = 1m }, new RampUpStep { FromMonth = 6, ToMonth = 12, Discount = 0.5m }] } },
        { "/terms/annualMinimum/amount", Valid with { AnnualMinimum = new AnnualMinimumTerms { Amount = 0m, FromYear = 1 } } },
        { "/terms/annualMinimum/amount", Valid with { AnnualMinimum = new AnnualMinimumTerms { Amount = 2400.005m, FromYear = 1 } } },
        { "/terms/annualMinimum/fromYear", Valid with { AnnualMinimum = new AnnualMinimumTerms { Amount = 2400m, FromYear = 0 } } },
        { "/terms/annualCap", Valid with { AnnualCap = 0m } },
        { "/terms/annualCap", Valid with { AnnualCap = 1_000_000_000_000.01m } },
        { "/terms/components/2/amount", Valid with { Components = With(2, Fixed(1_000_000_000_000.01m)) } },
        { "/terms/annualCap", Valid with { AnnualCap = 2399.99m } },
        { "/terms/annualCap", Valid with { AnnualCap = 30000.001m } },
    };

    [Fact]
    public void The_spec_example_terms_are_valid() => Assert.Empty(Paths(Valid));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_rule_names_its_field(string path, RoyaltyTerms terms) => Assert.Equal([path], Paths(terms));

    [Fact]
    public void Boundaries_are_inclusive_where_the_spec_says_so()
    {
        var terms = Valid with
        {
            EndDate = Valid.EffectiveDate,
            VatRate = 1m,
            Components = [Percentage(1m, label: new string('x', 100), categories: new string('c', 50)), Fixed(0m, 1m), OneOff(0m, "2024-03-15")],
            RampUp = [new RampUpStep { FromMonth = 3, ToMonth = 3, Discount = 0m }],
            AnnualCap = 2400m,
        };
        Assert.Empty(Paths(terms));
    }

    [Fact]
    public void Every_error_comes_at_once()
    {
        var terms = Valid with { VatRate = 2m, Periodicity = "daily", Components = With(0, Percentage(3m, "x")), AnnualCap = -1m };
        Assert.Equal(["/terms/periodicity", "/terms/vatRate", "/terms/components/0/account", "/terms/components/0/rate", "/terms/annualCap"], Paths(terms));
    }

    [Fact]
    public void Paths_are_relative_to_the_terms_without_a_prefix()
    {
        var errors = RoyaltyTermsValidator.Validate(Valid with { Components = With(0, Percentage(2m)) });
        Assert.Equal("/components/0/rate", Assert.Single(errors).Path);
        Assert.Equal("", Assert.Single(RoyaltyTermsValidator.Validate(null)).Path);
    }

    [Fact]
    public void Messages_are_french_first()
    {
        var culture = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("fr-FR");
            var message = Assert.Single(RoyaltyTermsValidator.Validate(Valid with { VatRate = 2m })).Message;
            Assert.Equal("Doit être compris entre 0 et 1.", message);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = culture;
        }
    }
}
