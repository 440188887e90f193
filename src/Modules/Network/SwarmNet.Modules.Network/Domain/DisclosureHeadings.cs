using SwarmNet.BuildingBlocks.Localization;

namespace SwarmNet.Modules.Network.Domain;

/// <summary>The headings of a pre-contractual disclosure document (DIP) that Code de commerce R330-1 requires.</summary>
internal enum DisclosureHeading
{
    HeadIdentity,
    NetworkState,
    NetworkMembers,
    AnnualAccounts,
    ContractTerms,
}

internal static class DisclosureHeadings
{
    public static readonly IReadOnlyList<DisclosureHeading> All = Enum.GetValues<DisclosureHeading>();

    public static string Label(DisclosureHeading heading) => heading switch
    {
        DisclosureHeading.HeadIdentity => Text.T("Identité et expérience de la tête de réseau", "The network head's identity and experience"),
        DisclosureHeading.NetworkState => Text.T("État et perspectives de développement du réseau et de son marché",
            "State and development prospects of the network and its market"),
        DisclosureHeading.NetworkMembers => Text.T("Liste des membres du réseau et de ceux qui l'ont quitté dans l'année écoulée",
            "List of the network's members and of those who left it in the past year"),
        DisclosureHeading.AnnualAccounts => Text.T("Comptes annuels des deux derniers exercices", "Annual accounts of the last two financial years"),
        DisclosureHeading.ContractTerms => Text.T("Durée, renouvellement, résiliation et exclusivités du contrat",
            "The contract's duration, renewal, termination and exclusivity"),
        _ => throw new ArgumentOutOfRangeException(nameof(heading)),
    };

    /// <summary>Stored as a comma-separated list of names in a fixed order, so equal sets read the same.</summary>
    public static string Store(IEnumerable<DisclosureHeading> covered) => string.Join(',', covered.Distinct().Order());

    public static IReadOnlyList<DisclosureHeading> Read(string stored) =>
        stored.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<DisclosureHeading>).ToList();

    public static IReadOnlyList<DisclosureHeading> Missing(IReadOnlyCollection<DisclosureHeading> covered) => All.Where(h => !covered.Contains(h)).ToList();
}
