using System.Globalization;

namespace SwarmNet.Modules.Royalties.Contracts.Terms;

/// <summary>The rules of each component: what every type shares, then what its type requires.</summary>
internal static class ComponentRules
{
    public static void Check(RoyaltyTerms terms, ErrorCollector errors)
    {
        if (terms.Components is not { Count: > 0 } components)
        {
            errors.Add("/components", TermsMessages.NoComponent);
            return;
        }

        for (var i = 0; i < components.Count; i++)
        {
            var path = "/components/" + i.ToString(CultureInfo.InvariantCulture);
            if (components[i] is not { } component)
            {
                errors.Add(path, TermsMessages.Required);
                continue;
            }

            CheckCommon(component, path, errors);
            switch (component.Type)
            {
                case RoyaltyVocabulary.Percentage:
                    if (errors.Required(component.Rate, path + "/rate"))
                    {
                        errors.Unit(component.Rate!.Value, path + "/rate");
                    }

                    CheckCategories(component.Categories, path, errors);
                    break;
                case RoyaltyVocabulary.Tiered:
                    BracketRules.Check(component, path, errors);
                    CheckCategories(component.Categories, path, errors);
                    break;
                case RoyaltyVocabulary.Fixed:
                    CheckAmount(component.Amount, path, errors);
                    if (component.EscalationRate is { } escalation)
                    {
                        errors.Unit(escalation, path + "/escalationRate");
                    }

                    break;
                case RoyaltyVocabulary.OneOff:
                    CheckAmount(component.Amount, path, errors);
                    CheckOneOffDate(component.Date, terms, path, errors);
                    break;
                default:
                    errors.Add(path + "/type", component.Type is null ? TermsMessages.Required : TermsMessages.ComponentType);
                    break;
            }
        }
    }

    private static void CheckCommon(RoyaltyComponentTerms component, string path, ErrorCollector errors)
    {
        if (component.Label is not { Length: >= 1 and <= 100 })
        {
            errors.Add(path + "/label", component.Label is null ? TermsMessages.Required : TermsMessages.Label);
        }

        if (component.Account is not (RoyaltyVocabulary.RoyaltyAccount or RoyaltyVocabulary.MarketingAccount or RoyaltyVocabulary.FeeAccount))
        {
            errors.Add(path + "/account", component.Account is null ? TermsMessages.Required : TermsMessages.Account);
        }
    }

    private static void CheckCategories(IReadOnlyList<string>? categories, string path, ErrorCollector errors)
    {
        for (var j = 0; categories is not null && j < categories.Count; j++)
        {
            if (categories[j] is not { Length: >= 1 and <= 50 })
            {
                errors.Add(path + "/categories/" + j.ToString(CultureInfo.InvariantCulture), TermsMessages.CategoryName);
            }
        }
    }

    private static void CheckAmount(decimal? amount, string path, ErrorCollector errors)
    {
        if (!errors.Required(amount, path + "/amount"))
        {
            return;
        }

        if (amount < 0m)
        {
            errors.Add(path + "/amount", TermsMessages.AmountNotNegative);
        }
        else
        {
            errors.Cents(amount!.Value, path + "/amount");
        }
    }

    private static void CheckOneOffDate(DateOnly? date, RoyaltyTerms terms, string path, ErrorCollector errors)
    {
        if (!errors.Required(date, path + "/date") || terms.EffectiveDate is not { } effective)
        {
            return;
        }

        // An end date before the effective date is reported on its own; the cover is then only bounded below.
        var end = terms.EndDate is { } e && e >= effective ? e : DateOnly.MaxValue;
        if (date < effective || date > end)
        {
            errors.Add(path + "/date", TermsMessages.DateOutsideCover);
        }
    }
}
