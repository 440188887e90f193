using SwarmNet.ContractKernel.Exit;
using SwarmNet.Modules.Obligations.Contracts.Terms;
using SwarmNet.Modules.Royalties.Contracts.Terms;

namespace SwarmNet.ContractKernel.Templates;

/// <summary>
/// A network head's staff record a template from a page (docs/adr/0145): the kind's own content (a record published in the
/// module's <c>Contracts/Pages</c>) beside the terms every kind shares. Each module answers its closed type by sending its own
/// create command, so the same rules, validation and access apply. Answers the new template's id. Errors come back under
/// one shape whatever the kind: <c>/name</c>, <c>/content/…</c>, <c>/royaltyTerms/…</c>, <c>/obligationTerms/…</c>, <c>/exitTerms/…</c>.
/// </summary>
public sealed record CreateTemplate<TContent>(Guid GrantorOrganizationId, string? Name, TContent? Content, TemplateTerms Terms) : ICommand<Guid>
    where TContent : class;

/// <summary>What templates of every kind carry: royalty terms (none for a partnership), obligations and exit terms.</summary>
public sealed record TemplateTerms(RoyaltyTerms? RoyaltyTerms, IReadOnlyList<ObligationTerm?>? ObligationTerms, ExitTerms? ExitTerms);

/// <summary>What the modules' page handlers share: the page's error paths (see <see cref="CreateTemplate{TContent}"/>) and its words.</summary>
public static class TemplatePages
{
    private static readonly string[] Shared = ["/name", "/royaltyTerms", "/obligationTerms", "/exitTerms"];

    /// <summary>Sends the module's command; its field errors come back with the page's paths (<paramref name="contentRoot"/> is stripped first).</summary>
    public static async Task<T> MapErrorsAsync<T>(Func<Task<T>> send, string contentRoot = "")
    {
        try
        {
            return await send();
        }
        catch (InputValidationException e)
        {
            throw new InputValidationException([.. e.Errors.Select(error => error with { Path = Map(error.Path, contentRoot) })]);
        }
    }

    public static string Map(string path, string contentRoot)
    {
        var rest = contentRoot.Length > 0 && path.StartsWith(contentRoot, StringComparison.Ordinal) ? path[contentRoot.Length..] : path;
        return Shared.Any(s => rest == s || rest.StartsWith(s + "/", StringComparison.Ordinal)) ? rest : "/content" + rest;
    }

    /// <summary>A word of the page (quarterly, logo…) as the module's enum; an unknown word is left out, so the module names the field as missing.</summary>
    public static TEnum? Word<TEnum>(string? value) where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _) ? parsed : null;
}
