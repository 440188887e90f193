using FluentValidation;
using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Documents;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Network.Domain;

namespace SwarmNet.Modules.Network.Disclosures;

/// <summary>
/// Records the pre-contractual disclosure document (DIP, Code de commerce L330-3 and R330-1) given to a candidate: the day it
/// was given, the R330-1 headings it covers, and the document. Not a command: the file is checked, hashed and stored
/// first, outside any transaction; then <see cref="SaveDisclosure"/> writes the row and the history in one.
/// </summary>
internal sealed record RecordDisclosure(Guid CandidacyId, DateOnly? GivenOn, IReadOnlyList<string>? Headings, UploadedFile? File)
    : IRequest<CandidacyDisclosureDto>;

internal sealed class RecordDisclosureValidator : AbstractValidator<RecordDisclosure>
{
    public RecordDisclosureValidator(TimeProvider clock)
    {
        RuleFor(c => c.GivenOn).Cascade(CascadeMode.Stop).NotNull().WithMessage(_ => Text.T("Indiquez la date de remise du document.", "Give the day the document was handed over."))
            .Must(d => d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
            .WithMessage(_ => Text.T("La date de remise ne peut pas être dans le futur.", "The handover date cannot be in the future."));
        RuleForEach(c => c.Headings).Must(h => Parse(h) is not null).WithMessage(_ => Text.T(
            $"Rubrique inconnue. Rubriques possibles : {Names}.", $"Unknown heading. Allowed: {Names}."));
        RuleFor(c => c.File).NotNull()
            .WithMessage(_ => Text.T("Joignez le document (champ « file »).", "Attach the document (\"file\" field)."));
    }

    private static readonly string Names = string.Join(", ", DisclosureHeadings.All.Select(h => JsonName(h.ToString())));

    private static string JsonName(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    public static DisclosureHeading? Parse(string? value) =>
        DisclosureHeadings.All.Cast<DisclosureHeading?>().FirstOrDefault(h => string.Equals(JsonName(h.ToString()!), value?.Trim(), StringComparison.OrdinalIgnoreCase));
}

internal sealed class RecordDisclosureHandler(DbSession db, ActorContext actor, DocumentStore store, IMediator mediator)
    : IRequestHandler<RecordDisclosure, CandidacyDisclosureDto>
{
    public async Task<CandidacyDisclosureDto> Handle(RecordDisclosure request, CancellationToken cancellationToken)
    {
        var candidacy = await DisclosureAccess.LoadForRecordingAsync(db, actor.Current, request.CandidacyId, cancellationToken);
        var stored = await store.StoreAsync(NetworkDocuments.Area, candidacy.Id, request.File!, "/file", cancellationToken);
        try
        {
            var headings = (request.Headings ?? []).Select(h => RecordDisclosureValidator.Parse(h)!.Value).ToList();
            return await mediator.Send(new SaveDisclosure(candidacy.Id, request.GivenOn!.Value, headings, stored), cancellationToken);
        }
        catch
        {
            store.Delete(stored.StoragePath);
            throw;
        }
    }
}
