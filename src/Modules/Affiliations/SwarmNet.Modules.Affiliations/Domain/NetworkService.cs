namespace SwarmNet.Modules.Affiliations.Domain;

/// <summary>The infrastructure a network puts at its affiliates' service (services du réseau).</summary>
internal enum ServiceKind
{
    ItTools,
    PurchasingCentre,
    TrainingProgramme,
    MethodsAndToolKits,
    NationalCommunication,
    InsuranceScheme,
    Other,
}

internal enum CostPeriod
{
    Once,
    Monthly,
    Yearly,
}

/// <summary>What a service costs the affiliate, in euros excluding VAT, once or per month or year.</summary>
internal sealed record ServiceCost(decimal? Amount, CostPeriod? Per);

/// <summary>One service of the network, with what it costs the affiliate; no <see cref="Cost"/> when it is included.</summary>
internal sealed record NetworkService(ServiceKind? Kind, string? Label, string? Description, ServiceCost? Cost)
{
    public const int MaxServices = 30;

    private const decimal MaxAmount = 1_000_000m;

    public IEnumerable<FieldError> Validate(string path)
    {
        if (Kind is not { } kind || !Enum.IsDefined(kind))
            yield return new($"{path}/kind", Text.T("Nature du service inconnue.", "Unknown service kind."));
        if (string.IsNullOrWhiteSpace(Label) || Label.Trim().Length > 150)
            yield return new($"{path}/label", Text.T("Intitulé de 1 à 150 caractères.", "A label of 1 to 150 characters."));
        if (Description is { Length: > 2000 })
            yield return new($"{path}/description", Text.T("Description de 2000 caractères au plus.", "A description of at most 2000 characters."));
        if (Cost is null)
            yield break;
        if (Cost.Amount is not { } amount || amount < 0 || amount > MaxAmount || decimal.Round(amount, 2) != amount)
            yield return new($"{path}/cost/amount", Text.T("Montant HT entre 0 et 1 000 000 €, deux décimales au plus.",
                "An amount excluding VAT between 0 and 1,000,000 €, at most two decimals."));
        if (Cost.Per is not { } per || !Enum.IsDefined(per))
            yield return new($"{path}/cost/per", Text.T("Périodicité attendue : once, monthly ou yearly.", "Period expected: once, monthly or yearly."));
    }
}
