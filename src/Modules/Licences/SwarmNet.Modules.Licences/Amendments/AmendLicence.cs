using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.ContractLifecycle;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.Modules.Licences.Domain;
using SwarmNet.Modules.Licences.Persistence;
using SwarmNet.Modules.Licences.Reading;
using SwarmNet.Modules.Obligations.Contracts.Terms;
using SwarmNet.Modules.Royalties.Contracts.Terms;

namespace SwarmNet.Modules.Licences.Amendments;

/// <summary>
/// An avenant to a running licence: numbered 1, 2, … per licence, with its own effective date inside the term. Royalty
/// or obligation terms it carries replace the current ones from that date; the signed text stays as it was (docs/adr/0042).
/// </summary>
internal sealed record AmendLicence(
    Guid LicenceId, int Version, DateOnly EffectiveDate, string? Summary, RoyaltyTerms? RoyaltyTerms = null,
    IReadOnlyList<ObligationTerm?>? ObligationTerms = null) : ICommand<LicenceDto>;

internal sealed class AmendLicenceHandler(DbSession db, ActorContext actorContext, LicenceHistory history, LicenceAnnouncements announce,
    IMediator mediator, TimeProvider clock) : IRequestHandler<AmendLicence, LicenceDto>
{
    public async Task<LicenceDto> Handle(AmendLicence request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        var row = await LicenceAccess.LoadManagedAsync(db, actor, request.LicenceId, cancellationToken);
        if (!Lifecycle.IsAmendable(row.Status))
            throw new ConflictException(Text.T("Seule une licence en cours (active ou suspendue) reçoit un avenant.", "Only a running licence (active or suspended) can be amended."));
        if (row.Version != request.Version)
            throw LicenceAccess.Stale();
        var errors = Validate(request, row);
        if (errors.Count > 0)
            throw new InputValidationException(errors);

        await Running.Transitions.ApplyAsync(db, TouchSql, new { row.Id, request.Version, Now = clock.GetUtcNow() }, cancellationToken);
        var number = await db.ExecuteScalarAsync<int>(NextNumberSql, new { row.Id }, cancellationToken);
        var summary = request.Summary!.Trim();
        var royalty = LicenceJson.WriteOrNull(request.RoyaltyTerms);
        var obligations = request.ObligationTerms is null ? null : LicenceJson.Write(request.ObligationTerms);
        await db.ExecuteAsync(InsertSql, new
        {
            Id = Guid.CreateVersion7(), LicenceId = row.Id, Number = number, request.EffectiveDate, Summary = summary, RoyaltyTerms = royalty,
            ObligationTerms = obligations, Now = clock.GetUtcNow(), ActorId = actor.UserId, ActorName = actor.DisplayName,
        }, cancellationToken);
        await history.RecordAsync(row.Id, "amended", $"Avenant n° {number} (effet au {request.EffectiveDate:dd/MM/yyyy}) : {summary}", actor, cancellationToken);
        await announce.AmendedAsync(row, number, request.EffectiveDate, summary, royalty, obligations, cancellationToken);
        return await mediator.Send(new GetLicence(row.Id), cancellationToken);
    }

    private static List<FieldError> Validate(AmendLicence request, LicenceRow row)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(request.Summary) || request.Summary.Length > 2000)
            errors.Add(new("/summary", Text.T("Objet de l'avenant de 1 à 2000 caractères.", "An amendment summary of 1 to 2000 characters.")));
        if (!row.Term.Covers(request.EffectiveDate))
            errors.Add(new("/effectiveDate", Text.T("La date d'effet de l'avenant tombe hors de la durée de la licence.", "The amendment's effective date falls outside the licence's term.")));
        if (request.RoyaltyTerms is not null)
            errors.AddRange(RoyaltyTermsValidator.Validate(request.RoyaltyTerms, "/royaltyTerms"));
        if (request.ObligationTerms is not null)
            errors.AddRange(ObligationTermsValidator.Validate(request.ObligationTerms, "/obligationTerms"));
        return errors;
    }

    /// <summary>Bumping the licence's version first serialises amendments, so two at once cannot take the same number.</summary>
    internal const string TouchSql = "UPDATE licences_licences SET updated_at = @Now, version = version + 1 WHERE id = @Id AND version = @Version";

    internal const string NextNumberSql = "SELECT COALESCE(MAX(number), 0) + 1 FROM licences_amendments WHERE licence_id = @Id";

    internal const string InsertSql = """
        INSERT INTO licences_amendments (id, licence_id, number, effective_date, summary, royalty_terms, obligation_terms, created_at, created_by_id, created_by_name)
        VALUES (@Id, @LicenceId, @Number, @EffectiveDate, @Summary, @RoyaltyTerms, @ObligationTerms, @Now, @ActorId, @ActorName)
        """;
}
