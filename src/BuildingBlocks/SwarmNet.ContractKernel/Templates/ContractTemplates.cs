using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Validation;
using SwarmNet.ContractKernel.Drafting;
using SwarmNet.ContractKernel.Exit;
using SwarmNet.Modules.Obligations.Contracts.Terms;
using SwarmNet.Modules.Royalties.Contracts.Terms;

namespace SwarmNet.ContractKernel.Templates;

/// <summary>
/// A network head's standard contracts (<c>{prefix}_templates</c>: one row per grantor and unique name, the module's content
/// beside the kernel's terms). Who may keep them and the rules on their terms are the same for every contract kind.
/// </summary>
public sealed class ContractTemplates<TKind>(ContractDb<TKind> db) where TKind : IContractKind
{
    /// <summary>The grantor's members read its templates; anyone else gets 404.</summary>
    public static void EnsureVisible(Actor actor, Guid grantorId)
    {
        if (!actor.CanSee(grantorId))
            throw new NotFoundException(Text.T("Organisation introuvable.", "Organization not found."));
    }

    /// <summary>Its NetworkAdmin/NetworkStaff keep them (403 for its other members).</summary>
    public static void EnsureManager(Actor actor, Guid grantorId)
    {
        EnsureVisible(actor, grantorId);
        if (!ContractAccess.CanManage(actor, grantorId))
            throw new ForbiddenException(Text.T("Seule l'équipe de la tête de réseau gère ses modèles.", "Only the network head's staff manage its templates."));
    }

    /// <summary>Name (1–150 characters, unique per grantor) and terms, every error at once; the module adds its content's.</summary>
    public async Task<List<FieldError>> ValidateAsync(Guid grantorId, string? name, RoyaltyTerms? royalty, IReadOnlyList<ObligationTerm?>? obligations,
        ExitTerms? exit, List<FieldError> contentErrors, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 150)
            errors.Add(new("/name", Text.T("Nom de 1 à 150 caractères.", "A name of 1 to 150 characters.")));
        else if (!SafeNames.IsSafeName(name))
            errors.Add(new("/name", SafeNameRules.NameMessage()));
        errors.AddRange(contentErrors);
        errors.AddRange(ContractTerms.ValidateTerms(royalty, obligations, exit, ""));
        if (errors.Count == 0 && await db.ExecuteScalarAsync<long>(CountByNameSql, new { Grantor = grantorId, Name = name!.Trim() }, ct) > 0)
            errors.Add(new("/name", Text.T("Un modèle porte déjà ce nom.", "A template already has this name.")));
        return errors;
    }

    /// <summary>
    /// The route filter of <c>/templates/{id}/…</c> (<c>RequireVisible</c>): 404 before the body is read unless the actor sees the
    /// template's grantor, the same answer for an unknown id.
    /// </summary>
    public static Task EnsureVisibleAsync(IServiceProvider services, Guid templateId, CancellationToken ct) =>
        services.GetRequiredService<ContractTemplates<TKind>>().GrantorVisibleToAsync(services.GetRequiredService<ActorContext>().Current, templateId, ct);

    /// <summary>The same check for handlers (pages send them without the route); returns the template's grantor.</summary>
    public async Task<Guid> GrantorVisibleToAsync(Actor actor, Guid templateId, CancellationToken ct)
    {
        var grantor = await db.QuerySingleOrDefaultAsync<Guid?>(GrantorSql, new { Id = templateId }, ct);
        if (grantor is { } id && actor.CanSee(id))
            return id;
        var noun = TKind.Info.Noun;
        throw new NotFoundException(Text.T($"Modèle de {noun.French} introuvable.", $"{noun.English[..1].ToUpperInvariant()}{noun.English[1..]} template not found."));
    }

    internal const string GrantorSql = "SELECT grantor_organization_id FROM {{P}}_templates WHERE id = @Id";

    internal const string CountByNameSql = "SELECT COUNT(*) FROM {{P}}_templates WHERE grantor_organization_id = @Grantor AND name = @Name";
}
