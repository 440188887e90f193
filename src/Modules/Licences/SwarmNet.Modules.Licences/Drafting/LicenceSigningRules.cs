using SwarmNet.BuildingBlocks.Data;
using SwarmNet.ContractKernel.Gates;
using SwarmNet.Modules.Licences.Domain;

namespace SwarmNet.Modules.Licences.Drafting;

/// <summary>What a licence adds before each signature: complete content, a brand of the grantor's own network, no territory clash.</summary>
internal sealed class LicenceSigningRules(DbSession db, BrandGate brands)
{
    public async Task CheckAsync(ContractRecord row, LicenceContent content, Actor actor, List<FieldError> errors, CancellationToken ct)
    {
        errors.AddRange(content.ValidateForSigning("/content"));
        if (errors.Count > 0)
            return;
        await brands.NetworkOfAsync(row.GrantorOrganizationId, content.Brand!.Name!, row.NetworkId, "/content/brand/name", errors, ct);
        if (errors.Count == 0 && await Exclusivity.CheckAsync(db, row.Id, row.GrantorOrganizationId, content, actor, "/content/territory", ct) is { } clash)
            errors.Add(clash);
    }
}
