using SwarmNet.ContractKernel.Gates;
using SwarmNet.Modules.Affiliations.Domain;

namespace SwarmNet.Modules.Affiliations.Drafting;

/// <summary>
/// Every distinctive sign is a brand of the grantor's own network (the kernel's brand gate), and all of one network: the
/// first sign's brand tells the agreement's network when none is named. Errors name the sign at fault.
/// </summary>
internal sealed class SignsGate(BrandGate brands)
{
    public async Task<Guid?> NetworkOfAsync(Guid grantorId, IReadOnlyList<DistinctiveSign?> signs, Guid? networkId, string prefix, List<FieldError> errors,
        CancellationToken ct)
    {
        var checkedBrands = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < signs.Count; i++)
        {
            var brand = signs[i]!.Brand!;
            if (!checkedBrands.Add(BrandGate.KeyOf(brand)))
                continue;
            var before = errors.Count;
            var network = await brands.NetworkOfAsync(grantorId, brand, networkId, $"{prefix}/distinctiveSigns/{i}/brand", errors, ct);
            if (errors.Count > before)
                return null;
            networkId ??= network;
        }
        return networkId;
    }
}
