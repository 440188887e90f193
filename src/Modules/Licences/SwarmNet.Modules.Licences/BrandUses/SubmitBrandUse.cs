using FluentValidation;
using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.ContractLifecycle;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Licences.BrandUses;

/// <summary>The licensee asks the network to approve a use of the brand (a flyer, a vehicle livery…) under an active licence.</summary>
internal sealed record SubmitBrandUse(Guid LicenceId, BrandUseKind Kind, string Description, string? FileReference = null) : ICommand<BrandUseDto>;

internal sealed class SubmitBrandUseValidator : AbstractValidator<SubmitBrandUse>
{
    public SubmitBrandUseValidator()
    {
        RuleFor(c => c.Kind).IsInEnum().WithMessage(_ => Text.T($"Type d'usage attendu : {Codes}.", $"Expected kind of use: {Codes}."));
        RuleFor(c => c.Description).NotEmpty().MaximumLength(2000);
        RuleFor(c => c.FileReference).MaximumLength(300);
    }

    private static string Codes => string.Join(", ", Enum.GetNames<BrandUseKind>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]));
}

internal sealed class SubmitBrandUseHandler(DbSession db, ActorContext actorContext, ContractStore<LicenceKind> store, ContractHistory<LicenceKind> history,
    TimeProvider clock)
    : IRequestHandler<SubmitBrandUse, BrandUseDto>
{
    public async Task<BrandUseDto> Handle(SubmitBrandUse request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        var licence = await store.LoadVisibleAsync(actor, request.LicenceId, cancellationToken);
        if (!BrandUseAccess.IsLicensee(actor, licence))
            throw new ForbiddenException(Text.T("Seul le licencié soumet un usage de la marque.", "Only the licensee submits a brand use."));
        if (licence.Status != ContractStatus.Active)
            throw new ConflictException(Text.T($"Un usage de la marque se soumet sous une licence {LicenceKind.Info.Noun.Status(ContractStatus.Active)}.",
                "A brand use is submitted under an active licence."));
        var id = Guid.CreateVersion7();
        await db.ExecuteAsync(InsertSql, new
        {
            Id = id, LicenceId = licence.Id, Kind = request.Kind.ToString(), Description = request.Description.Trim(),
            FileReference = string.IsNullOrWhiteSpace(request.FileReference) ? null : request.FileReference.Trim(),
            Now = clock.GetUtcNow(), ActorName = actor.DisplayName,
        }, cancellationToken);
        await history.RecordAsync(licence.Id, "brandUseSubmitted", $"{Glossary.Of(request.Kind)} : {request.Description.Trim()}", actor, cancellationToken);
        return (await db.QuerySingleOrDefaultAsync<BrandUseRow>(BrandUseAccess.SelectSql, new { Id = id }, cancellationToken))!.ToDto();
    }

    internal const string InsertSql = """
        INSERT INTO licences_brand_uses (id, licence_id, kind, description, file_reference, status, submitted_at, submitted_by_name)
        VALUES (@Id, @LicenceId, @Kind, @Description, @FileReference, 'Submitted', @Now, @ActorName)
        """;
}
