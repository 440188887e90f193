namespace SwarmNet.ContractKernel.AnyKind;

/// <summary>
/// A network head's templates of every contract kind this host runs, by kind then name: what its network page lists.
/// Its members read them; anyone else gets 404, as for each kind's own template list.
/// </summary>
public sealed record ListContractTemplates(Guid GrantorOrganizationId) : IQuery<IReadOnlyList<ContractTemplateSummary>>;

/// <summary>A template in a list: its kind's word (licence, affiliation, partnership) and the kind's noun to show.</summary>
public sealed record ContractTemplateSummary(string Kind, string Noun, Guid Id, string Name);

internal sealed class ListContractTemplatesHandler(IEnumerable<IContractKindOperations> kinds, ActorContext actorContext)
    : IRequestHandler<ListContractTemplates, IReadOnlyList<ContractTemplateSummary>>
{
    // One query per registered kind (three at most), not per template.
    public async Task<IReadOnlyList<ContractTemplateSummary>> Handle(ListContractTemplates request, CancellationToken cancellationToken)
    {
        if (!actorContext.Current.CanSee(request.GrantorOrganizationId))
            throw new NotFoundException(Text.T("Organisation introuvable.", "Organization not found."));
        var all = new List<ContractTemplateSummary>();
        foreach (var kind in kinds)
            all.AddRange(await kind.TemplatesAsync(request.GrantorOrganizationId, cancellationToken));
        return [.. all.OrderBy(t => t.Kind, StringComparer.Ordinal).ThenBy(t => t.Name, StringComparer.CurrentCulture)];
    }
}
