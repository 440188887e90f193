using SwarmNet.BuildingBlocks.Errors;

namespace SwarmNet.Modules.Royalties.Contracts.Terms;

/// <summary>
/// Section 5 of the royalty rules for the terms alone. Every error is returned at once; paths are JSON pointers
/// relative to the terms object (<c>/components/0/rate</c>) behind <paramref name="pathPrefix"/> (e.g. "/terms").
/// Contract modules validate the terms they store with it, so a stored contract can always be computed.
/// </summary>
public static class RoyaltyTermsValidator
{
    public static IReadOnlyList<FieldError> Validate(RoyaltyTerms? terms, string pathPrefix = "")
    {
        ArgumentNullException.ThrowIfNull(pathPrefix);
        var errors = new ErrorCollector(pathPrefix);
        if (terms is null)
        {
            errors.Add("", TermsMessages.Required);
            return errors.Errors;
        }

        CheckCover(terms, errors);
        CheckFrame(terms, errors);
        ComponentRules.Check(terms, errors);
        RampUpRules.Check(terms.RampUp, errors);
        CheckMinimumAndCap(terms, errors);
        return errors.Errors;
    }

    private static void CheckCover(RoyaltyTerms terms, ErrorCollector errors)
    {
        if (errors.Required(terms.EffectiveDate, "/effectiveDate")
            && (terms.EffectiveDate < RoyaltyVocabulary.EarliestDate || terms.EffectiveDate > RoyaltyVocabulary.LatestEffectiveDate))
        {
            errors.Add("/effectiveDate", TermsMessages.DateOutOfRange);
        }

        if (terms.EndDate is { } end && terms.EffectiveDate is { } effective && end < effective)
        {
            errors.Add("/endDate", TermsMessages.EndBeforeEffective);
        }
    }

    private static void CheckFrame(RoyaltyTerms terms, ErrorCollector errors)
    {
        if (terms.Periodicity is not (RoyaltyVocabulary.Monthly or RoyaltyVocabulary.Quarterly or RoyaltyVocabulary.Annual))
        {
            errors.Add("/periodicity", terms.Periodicity is null ? TermsMessages.Required : TermsMessages.Periodicity);
        }

        if (terms.RoyaltyYear is not (RoyaltyVocabulary.ContractYear or RoyaltyVocabulary.CalendarYear))
        {
            errors.Add("/royaltyYear", terms.RoyaltyYear is null ? TermsMessages.Required : TermsMessages.RoyaltyYear);
        }

        if (errors.Required(terms.VatRate, "/vatRate"))
        {
            errors.Unit(terms.VatRate!.Value, "/vatRate");
        }
    }

    private static void CheckMinimumAndCap(RoyaltyTerms terms, ErrorCollector errors)
    {
        decimal? minimum = null;
        if (terms.AnnualMinimum is { } annualMinimum)
        {
            if (errors.Required(annualMinimum.Amount, "/annualMinimum/amount"))
            {
                minimum = annualMinimum.Amount!.Value;
                if (minimum <= 0m)
                {
                    errors.Add("/annualMinimum/amount", TermsMessages.MinimumPositive);
                }
                else
                {
                    errors.Cents(minimum.Value, "/annualMinimum/amount");
                }
            }

            if (errors.Required(annualMinimum.FromYear, "/annualMinimum/fromYear") && annualMinimum.FromYear < 1)
            {
                errors.Add("/annualMinimum/fromYear", TermsMessages.FromYear);
            }
        }

        if (terms.AnnualCap is not { } cap)
        {
            return;
        }

        if (cap <= 0m)
        {
            errors.Add("/annualCap", TermsMessages.CapPositive);
        }
        else if (minimum is { } floor && cap < floor)
        {
            errors.Add("/annualCap", TermsMessages.CapBelowMinimum);
        }
        else
        {
            errors.Cents(cap, "/annualCap");
        }
    }
}
