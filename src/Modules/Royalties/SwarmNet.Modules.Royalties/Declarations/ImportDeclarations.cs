using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.Modules.Royalties.Agreements;
using SwarmNet.Modules.Royalties.Statements;

namespace SwarmNet.Modules.Royalties.Declarations;

internal sealed class ImportDeclarationsHandler(DbSession db, ActorContext actor, DeclarationWriter writer, TimeProvider clock)
    : IRequestHandler<ImportDeclarations, ImportResult>
{
    public const int MaxLength = 1_000_000;

    public async Task<ImportResult> Handle(ImportDeclarations request, CancellationToken cancellationToken)
    {
        var agreement = await AgreementAccess.LoadForDeclarantAsync(db, actor.Current, request.AgreementId, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var errors = SwornStatementRules.Check(request.Sworn, today, "/sworn");
        if (string.IsNullOrWhiteSpace(request.Csv) || request.Csv.Length > MaxLength)
            throw new InputValidationException([new FieldError("/csv", Text.T("Fichier CSV de 1 Mo au plus attendu.", "A CSV file of at most 1 MB is expected.")), .. errors]);
        var rows = DeclarationCsv.Read(request.Csv, errors);
        var versions = (await AgreementData.VersionsAsync(db, agreement.Id, cancellationToken))[agreement.Id].ToList();
        var periods = new AgreementCalculator(agreement, versions, new Dictionary<DateOnly, Statements.DeclaredRevenue>()).Periods(today)
            .ToDictionary(p => p.Period.Start, p => p.Period.End);
        var contents = new List<DeclarationContent>();
        foreach (var group in rows.GroupBy(r => r.Period))
        {
            var first = group.First();
            var revenue = new Dictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var row in group.Where(r => !r.NoActivity || r.Revenue != 0m))
            {
                var category = row.Category?.Trim() ?? "";
                if (!revenue.TryAdd(category, row.Revenue))
                    errors.Add(new($"/csv/{row.Line}/categorie", Text.T($"Ligne {row.Line} : catégorie déjà déclarée pour cette période.",
                        $"Line {row.Line}: category already declared for this period.")));
            }
            var noActivity = group.Any(r => r.NoActivity);
            foreach (var error in DeclaredContent.Check(revenue, noActivity, ""))
                errors.Add(new($"/csv/{first.Line}{error.Path}", Text.T($"Ligne {first.Line} : ", $"Line {first.Line}: ") + error.Message));
            if (!periods.TryGetValue(group.Key, out var end))
                errors.Add(DeclarationWriter.NotAPeriod($"/csv/{first.Line}/periode") with { Message = Text.T($"Ligne {first.Line} : ", $"Line {first.Line}: ") + DeclarationWriter.NotAPeriod("").Message });
            else
                contents.Add(new DeclarationContent(group.Key, end, noActivity ? new Dictionary<string, decimal>() : revenue, noActivity, request.Sworn!));
        }
        if (rows.Count == 0 && errors.Count == 0)
            errors.Add(new("/csv", Text.T("Le fichier ne contient aucune ligne de déclaration.", "The file holds no declaration row.")));
        if (errors.Count > 0)
            throw new InputValidationException(errors);
        var ids = await writer.WriteAsync(agreement, contents, actor.Current, cancellationToken);
        return new ImportResult(contents.Count, ids);
    }
}
