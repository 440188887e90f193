namespace SwarmNet.Modules.Affiliations.Domain;

/// <summary>What the network lets the affiliate use: its name, its logo, its visual charter (signes distinctifs).</summary>
internal enum SignKind
{
    Name,
    Logo,
    VisualCharter,
    Other,
}

/// <summary>What becomes of a sign when the agreement ends: handed back (files, kits) or taken down (signage, web pages).</summary>
internal enum SignExit
{
    Return,
    Remove,
}

/// <summary>
/// One distinctive sign granted, always a brand (or sign) of the grantor's own network: <see cref="Brand"/> passes the
/// brand gate, which also tells the agreement's network.
/// </summary>
internal sealed record DistinctiveSign(SignKind? Kind, string? Brand, string? Description, SignExit? OnExit)
{
    public const int MaxSigns = 20;

    public IEnumerable<FieldError> Validate(string path)
    {
        if (Kind is not { } kind || !Enum.IsDefined(kind))
            yield return new($"{path}/kind", Text.T("Nature du signe attendue : name, logo, visualCharter ou other.", "Sign kind expected: name, logo, visualCharter or other."));
        if (string.IsNullOrWhiteSpace(Brand) || Brand.Trim().Length > 150)
            yield return new($"{path}/brand", Text.T("Marque ou signe du réseau, de 1 à 150 caractères.", "A brand or sign of the network, 1 to 150 characters."));
        if (Description is { Length: > 1000 })
            yield return new($"{path}/description", Text.T("Description de 1000 caractères au plus.", "A description of at most 1000 characters."));
        if (OnExit is not { } exit || !Enum.IsDefined(exit))
            yield return new($"{path}/onExit", Text.T("Sort du signe à la sortie attendu : return ou remove.", "What becomes of the sign on exit: return or remove."));
    }
}
