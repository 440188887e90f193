using SwarmNet.Modules.Network.Contracts.Candidacies;
using SwarmNet.Modules.Royalties.Contracts.Terms;

namespace SwarmNet.ContractKernel.Gates;

/// <summary>
/// The pre-contractual disclosure (DIP, Code de commerce L330-3, R330-1): a contract with exclusivity is signed, and any
/// sum falls due, only once a complete DIP has been in the structure's hands for 20 full days. The refusal gives the first
/// date signing becomes possible. Contracts without exclusivity are not gated.
/// </summary>
public static class DisclosureGate
{
    public static IEnumerable<FieldError> Check(DisclosureDto disclosure, RoyaltyTerms? royaltyTerms, DateOnly today, string royaltyTermsPath)
    {
        if (disclosure.GivenOn is not { } given || disclosure.SigningPossibleFrom is not { } possibleFrom)
        {
            yield return new("/disclosure", Text.T(
                $"Contrat avec exclusivité : le document d'information précontractuelle (DIP) n'a pas été remis à la structure. La signature sera possible {DisclosureDto.MinimumFullDays} jours pleins après sa remise.",
                $"Exclusive contract: the pre-contractual disclosure document (DIP) has not been given to the structure. Signing becomes possible {DisclosureDto.MinimumFullDays} full days after it is."));
            yield break;
        }
        for (var i = 0; i < disclosure.MissingHeadings.Count; i++)
            yield return new($"/disclosure/missingHeadings/{i}", Text.T($"Rubrique du DIP non couverte : {disclosure.MissingHeadings[i]}",
                $"DIP heading not covered: {disclosure.MissingHeadings[i]}"));
        if (today < possibleFrom)
            yield return new("/disclosure", Text.T(
                $"DIP remis le {given:dd/MM/yyyy} : {DisclosureDto.MinimumFullDays} jours pleins doivent séparer sa remise de la signature. Signature possible à partir du {possibleFrom:dd/MM/yyyy}.",
                $"DIP given on {given:yyyy-MM-dd}: {DisclosureDto.MinimumFullDays} full days must separate it from the signature. Signing is possible from {possibleFrom:yyyy-MM-dd}."));
        var components = royaltyTerms?.Components ?? [];
        for (var i = 0; i < components.Count; i++)
            if (components[i] is { Type: RoyaltyVocabulary.OneOff, Date: { } due } && due < possibleFrom)
                yield return new($"{royaltyTermsPath}/components/{i}/date", Text.T(
                    $"Aucune somme n'est due moins de {DisclosureDto.MinimumFullDays} jours pleins après la remise du DIP (le {given:dd/MM/yyyy}) : ce montant ne peut être daté avant le {possibleFrom:dd/MM/yyyy}.",
                    $"No sum is due less than {DisclosureDto.MinimumFullDays} full days after the DIP was given (on {given:yyyy-MM-dd}): this amount cannot be dated before {possibleFrom:yyyy-MM-dd}."));
    }
}
