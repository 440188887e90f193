using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Licences.BrandUses;
using SwarmNet.Modules.Licences.Contracts.Pages;

namespace SwarmNet.Modules.Licences.Pages;

/// <summary>The licence page's brand-use requests, answered by the module's own (same readers, same rules, same refusals).</summary>
internal sealed class BrandUsePageHandlers(IMediator mediator, ContractStore<LicenceKind> store, ActorContext actor) :
    IRequestHandler<GetLicenceBrandUses, LicenceBrandUses>, IRequestHandler<SubmitLicenceBrandUse, Guid>, IRequestHandler<DecideLicenceBrandUse, Unit>
{
    public async Task<LicenceBrandUses> Handle(GetLicenceBrandUses request, CancellationToken cancellationToken)
    {
        // The module's query refuses outsiders first; the licence read after it only says what the reader may do.
        var uses = await mediator.Send(new ListBrandUses(request.LicenceId), cancellationToken);
        var licence = await store.LoadVisibleAsync(actor.Current, request.LicenceId, cancellationToken);
        return new LicenceBrandUses(BrandUseAccess.CanSubmit(actor.Current, licence), BrandUseAccess.CanDecide(actor.Current, licence),
            [.. Enum.GetValues<BrandUseKind>().Select(k => new BrandUseKindChoice(Code(k), Glossary.Of(k)))],
            [.. uses.Select(u => new BrandUseLine(u.Id, Glossary.Of(u.Kind), u.Description, u.FileReference, u.Status == BrandUseStatus.Submitted,
                u.Status == BrandUseStatus.Approved, Glossary.Of(u.Status), u.SubmittedAt, u.SubmittedBy, u.DecidedAt, u.DecidedBy, u.Comment))]);
    }

    // An unknown kind goes on as an undefined value: the module's validator names "/kind" and the expected codes.
    public async Task<Guid> Handle(SubmitLicenceBrandUse request, CancellationToken cancellationToken) =>
        (await mediator.Send(new SubmitBrandUse(request.LicenceId,
            Enum.TryParse<BrandUseKind>(request.Kind, ignoreCase: true, out var kind) && Enum.IsDefined(kind) ? kind : (BrandUseKind)(-1),
            request.Description ?? "", request.FileReference), cancellationToken)).Id;

    public async Task<Unit> Handle(DecideLicenceBrandUse request, CancellationToken cancellationToken)
    {
        await mediator.Send(new DecideBrandUse(request.BrandUseId, request.Approve, request.Comment), cancellationToken);
        return Unit.Value;
    }

    private static string Code(BrandUseKind kind) => char.ToLowerInvariant(kind.ToString()[0]) + kind.ToString()[1..];
}
