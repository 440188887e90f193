using SwarmNet.ContractKernel.Drafting;

namespace SwarmNet.Modules.Partnerships.Domain;

/// <summary>Who signs for a partner, as the contract names them (the platform's signature is by that organisation's account).</summary>
internal sealed record Signatory(string? Name, string? Title);

/// <summary>A partner as the lead writes it: an organisation, its role and its signatory.</summary>
internal sealed record PartnerTerms(Guid? OrganizationId, PartnerRole? Role, Signatory? Signatory)
{
    public const int MinPartners = 2;
    public const int MaxPartners = 20;

    /// <summary>Two to twenty partners, each once, exactly one of them leading; paths under <paramref name="prefix"/>.</summary>
    public static IEnumerable<FieldError> Validate(IReadOnlyList<PartnerTerms?>? partners, string prefix)
    {
        if (partners is not { Count: >= MinPartners and <= MaxPartners })
        {
            yield return new(prefix, Text.T($"De {MinPartners} à {MaxPartners} partenaires.", $"From {MinPartners} to {MaxPartners} partners."));
            yield break;
        }
        var seen = new HashSet<Guid>();
        for (var i = 0; i < partners.Count; i++)
        {
            var path = $"{prefix}/{i}";
            if (partners[i] is not { } partner)
            {
                yield return ContractTerms.Missing(path);
                continue;
            }
            if (partner.OrganizationId is not { } id || id == Guid.Empty)
                yield return ContractTerms.Missing($"{path}/organizationId");
            else if (!seen.Add(id))
                yield return new($"{path}/organizationId", Text.T("Cette organisation est déjà partenaire.", "This organisation is already a partner."));
            if (partner.Role is not { } role || !Enum.IsDefined(role))
                yield return ContractTerms.Missing($"{path}/role");
            if (string.IsNullOrWhiteSpace(partner.Signatory?.Name) || partner.Signatory.Name.Trim().Length > 200)
                yield return new($"{path}/signatory/name", Text.T("Nom du ou de la signataire, de 1 à 200 caractères.", "The signatory's name, 1 to 200 characters."));
            if (string.IsNullOrWhiteSpace(partner.Signatory?.Title) || partner.Signatory.Title.Trim().Length > 200)
                yield return new($"{path}/signatory/title", Text.T("Qualité du ou de la signataire, de 1 à 200 caractères.", "The signatory's title, 1 to 200 characters."));
        }
        if (partners.Count(p => p?.Role == PartnerRole.Lead) != 1)
            yield return new(prefix, Text.T($"Un seul partenaire est « {Glossary.Of(PartnerRole.Lead)} ».", $"Exactly one partner is the '{Glossary.Of(PartnerRole.Lead)}'."));
    }

    /// <summary>The local structure the contract is with: the host, else the first partner after the lead.</summary>
    public static PartnerTerms Structure(IReadOnlyList<PartnerTerms> partners) =>
        partners.FirstOrDefault(p => p.Role == PartnerRole.Host) ?? partners.First(p => p.Role != PartnerRole.Lead);
}
