using Bunit;
using MudBlazor.Services;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.Modules.Royalties.Contracts.Terms;
using SwarmNet.Web.Pages.Templates;
using SwarmNet.Web.Shared;
using Xunit;

namespace SwarmNet.Web.Tests.Components;

/// <summary>The template form's royalty editor: what each component type sends, the frame's extras, rows removed, errors at their bracket.</summary>
public sealed class RoyaltyEditorTests : BunitContext, IAsyncLifetime
{
    private static readonly DateOnly Effective = new(2027, 1, 1);

    public RoyaltyEditorTests()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    [Fact]
    public void The_default_is_one_five_percent_component_declared_monthly_and_the_module_accepts_it()
    {
        var terms = new RoyaltyForm { Included = true }.ToTerms(Effective)!;

        Assert.Equal(("monthly", "contract", 0.20m), (terms.Periodicity, terms.RoyaltyYear, terms.VatRate));
        var component = Assert.Single(terms.Components!);
        Assert.Equal(("percentage", "royalty", 0.05m), (component.Type, component.Account, component.Rate!.Value));
        Assert.Null(component.Brackets);
        Assert.Empty(RoyaltyTermsValidator.Validate(terms));
    }

    [Fact]
    public void A_tiered_component_sends_its_mode_and_brackets_as_fractions_with_the_last_one_open()
    {
        var row = new RoyaltyComponentRow { Type = "tiered", Label = " Redevance progressive ", Mode = "whole" };
        row.Brackets.Clear();
        row.Brackets.AddRange([new TierBracketRow { UpTo = 200_000m, RatePercent = 6m }, new TierBracketRow { RatePercent = 4.5m }]);

        var terms = row.ToTerms();

        Assert.Equal(("tiered", "Redevance progressive", "whole", null), (terms.Type, terms.Label, terms.Mode, terms.Rate));
        Assert.Equal([new TierBracket { UpTo = 200_000m, Rate = 0.06m }, new TierBracket { UpTo = null, Rate = 0.045m }], terms.Brackets!);
    }

    [Fact]
    public void A_fixed_and_a_one_off_component_send_only_their_own_fields()
    {
        var fixedFee = new RoyaltyComponentRow { Type = "fixed", Account = "fee", Amount = 150m, EscalationPercent = 2m }.ToTerms();
        var oneOff = new RoyaltyComponentRow { Type = "oneOff", Account = "fee", Amount = 3000m, Date = new DateTime(2027, 3, 15) }.ToTerms();

        Assert.Equal((150m, 0.02m, null, null, null), (fixedFee.Amount!.Value, fixedFee.EscalationRate!.Value, fixedFee.Rate, fixedFee.Brackets, fixedFee.Date));
        Assert.Equal((3000m, new DateOnly(2027, 3, 15), null, null), (oneOff.Amount!.Value, oneOff.Date!.Value, oneOff.Rate, oneOff.EscalationRate));
    }

    [Fact]
    public void Ramp_up_minimum_and_cap_are_sent_and_an_empty_minimum_means_none()
    {
        var form = new RoyaltyForm { Included = true, Periodicity = "quarterly", RoyaltyYear = "calendar", VatPercent = 5.5m, MinimumAmount = 1200m, MinimumFromYear = 2, AnnualCap = 50_000m };
        form.RampUp.Add(new RampUpRow { FromMonth = 1, ToMonth = 6, DiscountPercent = 50m });

        var terms = form.ToTerms(Effective)!;

        Assert.Equal(("quarterly", "calendar", 0.055m, 50_000m), (terms.Periodicity, terms.RoyaltyYear, terms.VatRate!.Value, terms.AnnualCap!.Value));
        Assert.Equal([new RampUpStep { FromMonth = 1, ToMonth = 6, Discount = 0.5m }], terms.RampUp!);
        Assert.Equal(new AnnualMinimumTerms { Amount = 1200m, FromYear = 2 }, terms.AnnualMinimum);
        Assert.Empty(RoyaltyTermsValidator.Validate(terms));
        Assert.Null(new RoyaltyForm { Included = true }.ToTerms(Effective)!.AnnualMinimum);
    }

    [Fact]
    public void Removing_a_component_row_raises_OnRemoved_and_the_rest_move_up()
    {
        var form = new RoyaltyForm { Included = true };
        form.Components.Add(new RoyaltyComponentRow { Type = "fixed", Label = "Frais de service", Account = "fee", Amount = 150m });
        var removals = 0;
        var editor = Render<RoyaltyFields>(p => p.Add(e => e.Model, form).Add(e => e.OnRemoved, () => removals++));

        editor.FindAll("button").First(b => b.TextContent.Trim() == "Retirer la composante Redevance de marque").Click();

        Assert.Equal(1, removals); // the page clears the errors named by index
        Assert.Equal(["Frais de service"], form.ToTerms(Effective)!.Components!.Select(c => c.Label));
        Assert.Single(editor.FindAll("[data-testid=royalty-component]"));
    }

    [Fact]
    public void An_error_on_a_bracket_s_rate_shows_beside_that_bracket_s_field()
    {
        var form = new RoyaltyForm { Included = true };
        form.Components.Add(new RoyaltyComponentRow { Type = "tiered", Label = "Barème" });
        var errors = new FormErrors([new FieldError("/royaltyTerms/components/1/brackets/0/rate", "Doit être compris entre 0 et 1.")]);
        var editor = Render<RoyaltyFields>(p => p.Add(e => e.Model, form).Add(e => e.Errors, errors));

        var brackets = editor.FindAll("[data-testid=tier-bracket]");
        Assert.Equal(2, brackets.Count);
        Assert.Contains("Doit être compris entre 0 et 1.", brackets[0].TextContent);
        Assert.DoesNotContain("Doit être compris", brackets[1].TextContent);
        Assert.Empty(editor.Find("#royalty-component-1-errors").TextContent.Trim());
        Assert.Empty(editor.Find("#royalty-errors").TextContent.Trim());
    }
    [Fact]
    public void A_component_shows_only_its_type_s_fields_and_removing_a_bracket_raises_OnRemoved()
    {
        var form = new RoyaltyForm { Included = true };
        form.Components[0].Type = "tiered";
        var removals = 0;
        var editor = Render<RoyaltyFields>(p => p.Add(e => e.Model, form).Add(e => e.OnRemoved, () => removals++));
        Assert.DoesNotContain("Taux (% du chiffre d'affaires HT)", editor.Markup);
        Assert.DoesNotContain("Montant", editor.Markup);

        editor.FindAll("button").First(b => b.TextContent.Trim() == "Retirer la tranche 1").Click();

        Assert.Equal(1, removals);
        Assert.Equal([new TierBracket { UpTo = null, Rate = 0.03m }], form.ToTerms(Effective)!.Components![0].Brackets!);
        Assert.Single(editor.FindAll("[data-testid=tier-bracket]"));
    }
}
