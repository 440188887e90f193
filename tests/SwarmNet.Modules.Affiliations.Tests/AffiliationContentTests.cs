using SwarmNet.Modules.Affiliations.Domain;
using Xunit;

namespace SwarmNet.Modules.Affiliations.Tests;

/// <summary>An agreement's content on its own: what it grants, what it costs, what signing asks for.</summary>
public sealed class AffiliationContentTests
{
    [Fact]
    public void An_agreement_without_any_fee_is_valid_and_signable()
    {
        var content = AffiliationSamples.Content(fees: null);
        Assert.Empty(content.Validate("/content"));
        Assert.Empty(content.ValidateForSigning("/content"));
    }

    [Fact]
    public void Fees_are_royalty_terms_checked_by_the_royalties_validator()
    {
        var fees = AffiliationSamples.Fees(AffiliationSamples.Effective);
        Assert.Empty(AffiliationSamples.Content(fees).Validate("/content"));
        var wrongAccount = fees with { Components = [fees.Components![0] with { Account = "cotisation" }] };
        Assert.Equal(["/content/royaltyTerms/components/0/account"], AffiliationSamples.Content(wrongAccount).Validate("/content").Select(e => e.Path));
    }

    [Fact]
    public void Signing_asks_for_exit_terms_only()
    {
        var content = AffiliationSamples.Content() with { ExitTerms = null };
        Assert.Empty(content.Validate("/content"));
        Assert.Equal(["/content/exitTerms"], content.ValidateForSigning("/content").Select(e => e.Path));
    }

    [Fact]
    public void Signs_and_services_are_checked_one_by_one()
    {
        var content = AffiliationSamples.Content() with
        {
            DistinctiveSigns = [AffiliationSamples.Name, new DistinctiveSign(null, " ", null, SignExit.Return)],
            Services = [new NetworkService(ServiceKind.InsuranceScheme, "Assurance groupe", null, new ServiceCost(12.345m, null))],
        };
        Assert.Equal(["/content/distinctiveSigns/1/kind", "/content/distinctiveSigns/1/brand", "/content/services/0/cost/amount", "/content/services/0/cost/per"],
            content.Validate("/content").Select(e => e.Path));
        Assert.Equal(["/content/distinctiveSigns"], (AffiliationSamples.Content() with { DistinctiveSigns = [] }).Validate("/content").Select(e => e.Path));
    }

    [Fact]
    public void Each_sign_gets_its_own_exit_line_saying_whether_it_is_returned_or_removed()
    {
        var lines = SignExitLines.Of([AffiliationSamples.Name, AffiliationSamples.Logo]);
        Assert.Equal(["sign1", "sign2"], lines.Select(l => l.Item));
        Assert.Equal("Retrait : nom « Les Triporteurs »", lines[0].Label);
        Assert.Equal(("Restitution : logo « les  TRIPORTEURS »", "Fichiers du logo"), (lines[1].Label, lines[1].Detail));
    }
}
