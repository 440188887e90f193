using SwarmNet.Modules.Affiliations.Persistence;

namespace SwarmNet.Modules.Affiliations.Drafting;

/// <summary>What an agreement adds before each signature: complete content with its exit terms, and signs still of its own network.</summary>
internal sealed class AffiliationSigningRules(SignsGate signs)
{
    public async Task CheckAsync(AffiliationRecord record, List<FieldError> errors, CancellationToken ct)
    {
        var content = record.Content;
        errors.AddRange(content.ValidateForSigning("/content"));
        if (errors.Count == 0)
            await signs.NetworkOfAsync(record.Contract.GrantorOrganizationId, content.DistinctiveSigns!, record.Contract.NetworkId, "/content", errors, ct);
    }
}
