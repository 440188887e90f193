using SwarmNet.BuildingBlocks.ContractLifecycle;
using SwarmNet.ContractKernel.Amendments;
using SwarmNet.ContractKernel.Terms;
using Xunit;
using A = SwarmNet.ContractKernel.Terms.TermsResolution.SignedAmendment;

namespace SwarmNet.ContractKernel.Tests;

public sealed class TermsResolutionTests
{
    private static readonly A[] Amendments =
    [
        new() { Number = 1, EffectiveDate = new DateOnly(2027, 1, 1), RoyaltyTerms = """{"vatRate":0.1}""" },
        new() { Number = 2, EffectiveDate = new DateOnly(2027, 6, 1), ObligationTerms = """[{"code":"RAPPORT"}]""" },
        new() { Number = 3, EffectiveDate = new DateOnly(2027, 6, 1), RoyaltyTerms = """{"vatRate":0.055}""" },
    ];

    [Theory]
    [InlineData("2026-12-31", 0.2, null, "DECL-CA", null)]
    [InlineData("2027-01-01", 0.1, 1, "DECL-CA", null)]
    [InlineData("2027-06-01", 0.055, 3, "RAPPORT", 2)]
    public void Each_part_comes_from_the_last_amendment_in_force_that_carries_it(string on, double vat, int? royaltyFrom, string code, int? obligationsFrom)
    {
        var terms = TermsResolution.Resolve(Records.Info, Records.Active(), Amendments, DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal((decimal)vat, terms.RoyaltyTerms!.Value.GetProperty("vatRate").GetDecimal());
        Assert.Equal((royaltyFrom, code, obligationsFrom), (terms.RoyaltyAmendment, terms.ObligationTerms[0].GetProperty("code").GetString(), terms.ObligationAmendment));
        Assert.True(terms.InForce);
    }

    [Fact]
    public void A_contract_is_in_force_from_its_effective_date_to_its_last_day()
    {
        var ending = Records.Active(terminatesOn: new DateOnly(2027, 3, 1));
        Assert.Equal(new DateOnly(2027, 2, 28), ending.LastDay);
        Assert.True(TermsResolution.Resolve(Records.Info, ending, [], new DateOnly(2027, 2, 28)).InForce);
        Assert.False(TermsResolution.Resolve(Records.Info, ending, [], new DateOnly(2027, 3, 1)).InForce);
        Assert.False(TermsResolution.Resolve(Records.Info, Records.Active(), [], new DateOnly(2025, 12, 31)).InForce);
        Assert.False(TermsResolution.Resolve(Records.Info, Records.Active(status: ContractStatus.Draft), [], new DateOnly(2026, 6, 1)).InForce);
    }

    [Fact]
    public void An_amendment_may_not_take_effect_before_an_earlier_numbered_one()
    {
        var term = new ContractTerm(new DateOnly(2026, 1, 1), new DateOnly(2028, 12, 31));
        Assert.Empty(AmendmentRules.Validate(new DateOnly(2027, 6, 1), "Même jour", null, null, term, (2, new DateOnly(2027, 6, 1))));
        var earlier = Assert.Single(AmendmentRules.Validate(new DateOnly(2027, 5, 31), "Avant", null, null, term, (2, new DateOnly(2027, 6, 1))));
        Assert.Equal(("/effectiveDate", "L'avenant n° 2 prend effet le 01/06/2027 : un avenant suivant ne peut prendre effet avant."), (earlier.Path, earlier.Message));
    }
}
