using SwarmNet.ContractKernel.Exit;
using SwarmNet.Modules.Affiliations.Domain;
using SwarmNet.Modules.Affiliations.Drafting;
using SwarmNet.Modules.Affiliations.Persistence;

namespace SwarmNet.Modules.Affiliations;

/// <summary>
/// Affiliation agreements in the contract kernel: the default table names (affiliations_contracts, contract_id,
/// grantee_*), the noun of their messages, the rules an agreement adds before each signature, its events, and one exit
/// checklist line per distinctive sign to return or remove.
/// </summary>
internal sealed class AffiliationKind(AffiliationLoader records, AffiliationSigningRules rules, AffiliationAnnouncements announce) : IContractKind
{
    public static ContractKindInfo Info { get; } =
        new("affiliations", "affiliation", new ContractNoun("convention d'affiliation", "affiliation agreement", Feminine: true, Name: "Affiliation"))
        {
            RoyaltyTermsPath = "/content/royaltyTerms",
        };

    public async Task CheckBeforeSigningAsync(ContractRecord contract, Actor actor, List<FieldError> errors, CancellationToken ct) =>
        await rules.CheckAsync(await records.LoadAsync(contract, ct), errors, ct);

    public async Task<IReadOnlyList<ContractKernel.AnyKind.ContentLine>> DescribeAsync(ContractRecord contract, CancellationToken ct) =>
        Reading.AffiliationDescription.Of((await records.LoadAsync(contract, ct)).Content, contract.Exclusive);

    public async Task AnnounceAsync(ContractRecord contract, ContractFact fact, CancellationToken ct) =>
        await announce.AnnounceAsync(await records.LoadAsync(contract, ct), fact, ct);

    public async Task<IReadOnlyList<ExitLine>> ExitLinesAsync(ContractRecord contract, CancellationToken ct) =>
        SignExitLines.Of((await records.LoadAsync(contract, ct)).Signs);
}
