using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Money;

namespace SwarmNet.Modules.Royalties.Contracts.Terms;

/// <summary>Gathers every error at once, each path written relative to the terms and prefixed by the caller's root.</summary>
internal sealed class ErrorCollector(string prefix)
{
    private readonly List<FieldError> errors = [];

    public IReadOnlyList<FieldError> Errors => errors;

    public void Add(string relativePath, string message) => errors.Add(new FieldError(prefix + relativePath, message));

    /// <summary>A required value that is absent: one error, and false so the caller skips the rules that need it.</summary>
    public bool Required<T>(T? value, string relativePath)
        where T : struct
    {
        if (value is not null)
        {
            return true;
        }

        Add(relativePath, TermsMessages.Required);
        return false;
    }

    /// <summary>A rate or a discount: any precision, within [0, 1].</summary>
    public void Unit(decimal value, string relativePath)
    {
        if (value is < 0m or > 1m)
        {
            Add(relativePath, TermsMessages.BetweenZeroAndOne);
        }
    }

    /// <summary>
    /// Money is rejected, not rounded, when it carries more than two decimals; and bounded, so that no sum or
    /// escalation the engine computes can overflow a decimal (docs/adr/0010).
    /// </summary>
    public void Cents(decimal value, string relativePath)
    {
        if (value > RoyaltyVocabulary.MaxAmount)
        {
            Add(relativePath, TermsMessages.AmountTooLarge);
        }
        else if (!Money.HasAtMostTwoDecimals(value))
        {
            Add(relativePath, TermsMessages.AtMostTwoDecimals);
        }
    }
}
