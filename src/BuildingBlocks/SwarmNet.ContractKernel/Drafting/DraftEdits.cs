using SwarmNet.ContractKernel.Signing;

namespace SwarmNet.ContractKernel.Drafting;

/// <summary>What the kernel adds when a module records a new draft or replaces a draft's content: history, and voided signatures.</summary>
public sealed class DraftEdits<TKind>(ContractStore<TKind> store, Signatures<TKind> signatures, ContractHistory<TKind> history)
    where TKind : IContractKind
{
    /// <summary>The draft as the kernel sees it, for the grantor's staff only (they alone edit drafts), refused once signed.</summary>
    public async Task<ContractRecord> LoadForEditAsync(Actor actor, Guid id, int version, CancellationToken ct)
    {
        var row = await store.LoadManagedAsync(actor, id, ct);
        if (!Lifecycle.IsEditable(row.Status))
            throw new ConflictException(Text.T($"{TKind.Info.Noun.The} est {TKind.Info.Noun.Status(row.Status)} : seul un brouillon se modifie ; un contrat en cours se modifie par avenant.",
                $"{TKind.Info.Noun.The} is {TKind.Info.Noun.Status(row.Status)}: only a draft can be edited; a running contract changes through an amendment."));
        ContractStore<TKind>.EnsureVersion(row, version);
        return row;
    }

    public Task DraftedAsync(Guid id, string granteeName, Actor actor, CancellationToken ct) =>
        history.RecordAsync(id, "drafted", Text.T($"Brouillon pour {granteeName}", $"Draft for {granteeName}"), actor, ct);

    /// <summary>Which parts of a module's content an edit changed, for the history ("brand, royaltyTerms"): its properties, compared as JSON.</summary>
    public static string Changes<TContent>(TContent before, TContent after) where TContent : class
    {
        var changed = typeof(TContent).GetProperties().Where(p => p.CanWrite && p.GetIndexParameters().Length == 0)
            .Where(p => ContractJson.Write(p.GetValue(before)) != ContractJson.Write(p.GetValue(after)))
            .Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..]).ToList();
        return changed.Count == 0 ? Text.T("aucun changement", "no change") : Text.T("modifié : ", "changed: ") + string.Join(", ", changed);
    }

    /// <summary>After the module's update: the change is written down, and a signature given to the former text no longer holds.</summary>
    public async Task EditedAsync(ContractRecord before, string changes, Actor actor, CancellationToken ct)
    {
        await history.RecordAsync(before.Id, "edited", changes, actor, ct);
        await signatures.VoidAsync(before, 0, Text.T("le brouillon a changé depuis", "the draft changed since"), actor, ct);
    }
}
