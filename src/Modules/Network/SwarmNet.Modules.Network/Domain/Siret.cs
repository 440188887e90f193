using SwarmNet.BuildingBlocks.Localization;

namespace SwarmNet.Modules.Network.Domain;

/// <summary>
/// A SIRET is 14 digits as INSEE defines them: the SIREN (the first nine, the legal unit) passes its own Luhn check and
/// the fourteen digits pass theirs — except La Poste's establishments (SIREN 356 000 000, left unchanged), whose SIRETs
/// are numbered beyond what Luhn allows and instead have a digit sum divisible by 5.
/// </summary>
internal static class Siret
{
    private const string LaPosteSiren = "356000000";

    public static string Invalid() => Text.T("Le SIRET doit compter 14 chiffres et être valide (clés de Luhn du SIREN et du SIRET).",
        "The SIRET must have 14 digits and be valid (Luhn keys of the SIREN and the SIRET).");

    public static bool IsValid(string? value)
    {
        if (value is null || value.Length != 14 || !value.All(char.IsAsciiDigit))
            return false;
        if (value.StartsWith(LaPosteSiren, StringComparison.Ordinal) && value != "35600000000048")
            return value.Sum(c => c - '0') % 5 == 0;
        return LuhnValid(value.AsSpan(0, 9)) && LuhnValid(value);
    }

    private static bool LuhnValid(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            sum += d;
        }
        return sum % 10 == 0;
    }
}
