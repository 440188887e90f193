using SwarmNet.Modules.Royalties.Contracts.Agreements;
using SwarmNet.Modules.Royalties.Contracts.Declarations;
using SwarmNet.Modules.Royalties.Contracts.Terms;
using SwarmNet.Web.Pages.Declarations;
using Xunit;

namespace SwarmNet.Web.Tests.Components;

/// <summary>The declaration form asks for the categories the terms name and sends what was typed, no more.</summary>
public sealed class DeclarationFormTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static AgreementDto Agreement(params RoyaltyComponentTerms[] components) => new(Guid.CreateVersion7(), "licence", Guid.CreateVersion7(), "Les Triporteurs",
        Guid.CreateVersion7(), "STEP", null, "Les Triporteurs", new DateOnly(2026, 1, 1), null, "Active", null, VatRegimes.Standard, null, 30, 15,
        [new TermsVersionDto(1, new DateOnly(2026, 1, 1), new RoyaltyTerms { Components = components })]);

    [Fact]
    public void The_categories_are_those_the_terms_name_or_one_for_all_revenue()
    {
        var named = Agreement(new() { Type = "percentage", Categories = ["livraison", "ateliers"] }, new() { Type = "fixed" }, new() { Type = "percentage", Categories = ["livraison"] });
        Assert.Equal(["ateliers", "livraison"], DeclarationForm.CategoriesOf(named));
        Assert.Equal([DeclarationForm.DefaultCategory], DeclarationForm.CategoriesOf(Agreement(new RoyaltyComponentTerms { Type = "percentage" })));
    }

    [Fact]
    public void A_blank_amount_is_left_out_and_no_activity_sends_no_revenue()
    {
        var agreement = Agreement(new RoyaltyComponentTerms { Type = "percentage", Categories = ["livraison", "ateliers"] });
        var form = DeclarationForm.For(agreement, "Awa Diallo");
        form.PeriodStart = new DateOnly(2026, 10, 1);
        form.Revenue["livraison"] = 8000m;
        form.SwornAccepted = true;

        var declare = Assert.IsType<DeclareRevenue>(form.Command(agreement.Id, Today));
        Assert.Equal((agreement.Id, new DateOnly(2026, 10, 1), false), (declare.AgreementId, declare.PeriodStart!.Value, declare.NoActivity));
        Assert.Equal(new Dictionary<string, decimal> { ["livraison"] = 8000m }, declare.Revenue);
        Assert.Equal(new SwornStatement("Awa Diallo", Today, true, null), declare.Sworn);

        form.NoActivity = true;
        Assert.Null(Assert.IsType<DeclareRevenue>(form.Command(agreement.Id, Today)).Revenue);
    }

    [Fact]
    public void Correcting_a_declaration_sends_a_new_version_of_it_with_a_fresh_sworn_statement()
    {
        var agreement = Agreement(new RoyaltyComponentTerms { Type = "percentage", Categories = ["livraison"] });
        var form = DeclarationForm.For(agreement, "Awa Diallo");
        var declared = new DeclarationDto(Guid.CreateVersion7(), agreement.Id, new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 30), 2, false,
            new Dictionary<string, decimal> { ["livraison"] = 5000m, ["ateliers"] = 300m }, 5300m, new("Awa Diallo", Today, SwornStatement.DefaultText), "Awa", DateTimeOffset.UnixEpoch, []);

        form.Correct(declared);
        form.Revenue["livraison"] = 4400m;

        Assert.False(form.SwornAccepted);
        form.SwornAccepted = true;
        var correction = Assert.IsType<CorrectDeclaration>(form.Command(agreement.Id, Today));
        Assert.Equal((declared.Id, 2), (correction.DeclarationId, correction.Version));
        Assert.Equal(new Dictionary<string, decimal> { ["livraison"] = 4400m, ["ateliers"] = 300m }, correction.Revenue);
    }
}
