using SwarmNet.ContractKernel.Drafting;
using SwarmNet.Modules.Licences.Domain;
using SwarmNet.Modules.Licences.Drafting;
using Xunit;

namespace SwarmNet.Modules.Licences.Tests;

public sealed class LicenceContentTests
{
    [Fact]
    public void The_sample_is_valid_and_ready_to_sign() => Assert.Empty(LicenceSamples.Pau().ValidateForSigning("/content"));

    [Fact]
    public void Every_part_reports_its_errors_at_once_under_its_pointer()
    {
        var content = LicenceSamples.Pau() with
        {
            Brand = new LicensedBrand("", null, [0, 39, 39], []),
            RoyaltyTerms = LicenceSamples.Royalties(LicenceSamples.Effective) with { VatRate = null },
            ObligationTerms = [LicenceSamples.Declaration, LicenceSamples.Declaration],
            ExitTerms = LicenceSamples.Exit with { TerminationGrounds = [] },
            Term = LicenceSamples.Pau().Term! with { EndDate = LicenceSamples.Effective.AddDays(-1) },
        };
        Assert.Equal(
            ["/content/brand/name", "/content/brand/niceClasses/0", "/content/brand/niceClasses/2", "/content/brand/activities",
             "/content/term/endDate", "/content/term/noticeDays", "/content/royaltyTerms/vatRate", "/content/obligationTerms/1/code",
             "/content/exitTerms/terminationGrounds"],
            content.Validate("/content").Select(e => e.Path));
    }

    [Fact]
    public void A_draft_may_wait_for_royalty_and_exit_terms_but_signing_may_not()
    {
        var draft = LicenceSamples.Pau() with { RoyaltyTerms = null, ExitTerms = null, ObligationTerms = null };
        Assert.Empty(draft.Validate("/content"));
        Assert.Equal(["/content/royaltyTerms", "/content/exitTerms"], draft.ValidateForSigning("/content").Select(e => e.Path));
    }

    [Fact]
    public void Missing_parts_are_named_not_thrown()
    {
        var empty = new LicenceContent(null, null, false, false, null, null, null, null);
        Assert.Equal(["/content/brand", "/content/territory", "/content/term"], empty.Validate("/content").Select(e => e.Path));
    }

    [Fact]
    public void The_history_says_which_parts_an_edit_changed()
    {
        var before = LicenceSamples.Pau();
        var after = before with { Exclusive = false, RoyaltyTerms = LicenceSamples.Royalties(LicenceSamples.Effective) with { VatRate = 0.055m } };
        Assert.Equal("modifié : exclusive, royaltyTerms", DraftEdits<LicenceKind>.Changes(before, after));
        Assert.Equal("aucun changement", DraftEdits<LicenceKind>.Changes(before, LicenceSamples.Pau()));
    }

    [Fact]
    public void Brands_compare_without_case_or_extra_spaces() =>
        Assert.Equal(LicensedBrand.KeyOf("Les Triporteurs"), LicensedBrand.KeyOf("  les   triporteurs "));
}
