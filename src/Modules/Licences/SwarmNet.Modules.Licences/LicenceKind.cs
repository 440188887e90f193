using SwarmNet.ContractKernel.Kinds;
using SwarmNet.Modules.Licences.Drafting;
using SwarmNet.Modules.Licences.Persistence;

namespace SwarmNet.Modules.Licences;

/// <summary>
/// Licences in the contract kernel: the tables they had before it (licences_licences, licence_id, licensee_*), the noun
/// of their messages, the rules a licence adds before signing, and its events.
/// </summary>
internal sealed class LicenceKind(LicenceRows reader, LicenceSigningRules rules, LicenceAnnouncements announce) : IContractKind
{
    public static ContractKindInfo Info { get; } = new("licences", "licence", new ContractNoun("licence", "licence", Feminine: true, Name: "Licence"))
    {
        ContractsTable = "licences_licences",
        IdColumn = "licence_id",
        GranteeColumn = "licensee",
        RoyaltyTermsPath = "/content/royaltyTerms",
        TitleColumn = "brand_name",
    };

    public async Task CheckBeforeSigningAsync(ContractRecord contract, Actor actor, List<FieldError> errors, CancellationToken ct) =>
        await rules.CheckAsync(contract, (await reader.LoadAsync(contract.Id, ct)).ContentWith(contract), actor, errors, ct);

    public async Task<IReadOnlyList<ContractKernel.AnyKind.ContentLine>> DescribeAsync(ContractRecord contract, CancellationToken ct) =>
        Reading.LicenceDescription.Of(await reader.LoadAsync(contract.Id, ct), contract);

    public async Task AnnounceAsync(ContractRecord contract, ContractFact fact, CancellationToken ct) =>
        await announce.AnnounceAsync(contract, (await reader.LoadAsync(contract.Id, ct)).BrandName, fact, ct);
}
