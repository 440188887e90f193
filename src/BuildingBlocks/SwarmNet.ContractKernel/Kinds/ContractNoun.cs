namespace SwarmNet.ContractKernel.Kinds;

/// <summary>
/// How messages name the contract: "la licence", "la convention", "le contrat", with the agreement French asks for
/// (une licence signée, un contrat signé). <see cref="Name"/> names its endpoints (SignLicence).
/// </summary>
public sealed record ContractNoun(string French, string English, bool Feminine, string Name)
{
    /// <summary>"La licence" / "The licence", to open a sentence.</summary>
    public string The => Text.T($"{(Feminine ? "La" : "Le")} {French}", $"The {English}");

    /// <summary>"la licence" / "the licence", inside a sentence.</summary>
    public string InSentence => Text.T($"{(Feminine ? "la" : "le")} {French}", $"the {English}");

    /// <summary>"la" / "le", for "rechargez-la".</summary>
    public string Pronoun => Feminine ? "la" : "le";

    public string Agree(string masculine, string feminine) => Feminine ? feminine : masculine;

    /// <summary>The status as the glossary writes it for this noun: « signée », « en vigueur ».</summary>
    public string Status(ContractStatus status) => $"« {Glossary.Of(status, Feminine)} »";
}
