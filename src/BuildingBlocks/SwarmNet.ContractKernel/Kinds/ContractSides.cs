namespace SwarmNet.ContractKernel.Kinds;

/// <summary>
/// How the kernel's messages name the sides of a contract: who manages it and who signs it. By default the network head
/// and the local structure; a partnership names its lead partner and its partners (docs/adr/0130).
/// </summary>
/// <param name="ManagersOnly">The subject of "… gère la licence": « Seule l'équipe de la tête de réseau ».</param>
/// <param name="Signers">Who signs, in words: « l'équipe de la tête de réseau et l'administrateur·rice de la structure locale ».</param>
/// <param name="Renewal">Who may decline a renewal and who renews, as one sentence.</param>
public sealed record ContractSides((string French, string English) ManagersOnly, (string French, string English) Signers, (string French, string English) Renewal)
{
    public static readonly ContractSides HeadAndStructure = new(
        ("Seule l'équipe de la tête de réseau", "Only the network head's staff"),
        ("l'équipe de la tête de réseau et l'administrateur·rice de la structure locale", "the network head's staff and the local structure's admin"),
        ("La structure locale peut refuser la reconduction ; la renouveler revient à la tête de réseau.",
            "The local structure may decline the renewal; renewing is the network head's call."));

    /// <summary>« Seule l'équipe de la tête de réseau gère la licence. »</summary>
    public string OnlyManagers(string verbFrench, string verbEnglish, ContractNoun noun) =>
        Text.T($"{ManagersOnly.French} {verbFrench} {noun.InSentence}.", $"{ManagersOnly.English} {verbEnglish} {noun.InSentence}.");

    /// <summary>« Seules les parties (…) résilient la licence. »</summary>
    public string OnlyParties(string verbFrench, string verbEnglish, ContractNoun noun) =>
        Text.T($"Seules les parties ({Signers.French}) {verbFrench} {noun.InSentence}.", $"Only the parties ({Signers.English}) {verbEnglish} {noun.InSentence}.");

    public string RenewalRule => Text.T(Renewal.French, Renewal.English);
}
