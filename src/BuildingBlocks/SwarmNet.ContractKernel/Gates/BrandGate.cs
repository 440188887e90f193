using SwarmNet.Modules.Network.Contracts.Networks;

namespace SwarmNet.ContractKernel.Gates;

/// <summary>
/// A contract grants only a brand of the grantor's own networks (Network.Contracts answers): the brand also tells which
/// network the contract belongs to. The refusal names nothing of other networks.
/// </summary>
public sealed class BrandGate(IMediator mediator)
{
    /// <summary>Brands compare case- and space-insensitively: "Les Triporteurs" and "les  triporteurs " are one brand.</summary>
    public static string KeyOf(string name) => string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    /// <summary>The network of the brand, or null with an error at <paramref name="path"/> (or at /networkId for another network of the grantor).</summary>
    public async Task<Guid?> NetworkOfAsync(Guid grantorId, string brand, Guid? networkId, string path, List<FieldError> errors, CancellationToken ct)
    {
        var key = KeyOf(brand);
        var owned = (await mediator.Send(new GetGrantableBrands(grantorId), ct)).Where(b => KeyOf(b.Brand) == key).ToList();
        if (owned.Count == 0)
        {
            errors.Add(new(path, Text.T($"« {brand.Trim()} » n'est pas une marque d'un réseau de la tête de réseau : un contrat ne concède que les marques de son propre réseau.",
                $"'{brand.Trim()}' is not a brand of the network head's networks: a contract grants only its own network's brands.")));
            return null;
        }
        if (networkId is { } asked)
        {
            if (owned.Any(b => b.NetworkId == asked))
                return asked;
            errors.Add(new("/networkId", Text.T($"La marque « {brand.Trim()} » n'appartient pas à ce réseau.", $"Brand '{brand.Trim()}' does not belong to this network.")));
            return null;
        }
        return owned[0].NetworkId;
    }
}
