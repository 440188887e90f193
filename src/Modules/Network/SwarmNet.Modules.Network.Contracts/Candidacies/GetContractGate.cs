using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Network.Contracts.Candidacies;

/// <summary>
/// What stands between a structure and the signature of a contract in a network: its candidacy's stage and open mandatory
/// readiness items, and the pre-contractual disclosure (DIP) it was given. With <see cref="CandidacyId"/>, that candidacy
/// (it must be the structure's, in that network); without, the structure's latest candidacy in the network, if any.
/// Asked by the contract modules, which have already checked the actor; not filtered by actor.
/// </summary>
public sealed record GetContractGate(Guid NetworkId, Guid StructureId, Guid? CandidacyId = null) : IQuery<ContractGateDto>;

/// <summary>No candidacy: <see cref="CandidacyId"/> and <see cref="Stage"/> are null and the disclosure is not given.</summary>
public sealed record ContractGateDto(
    Guid? CandidacyId, CandidacyStage? Stage, IReadOnlyList<string> OpenMandatoryItems, DisclosureDto Disclosure);

/// <summary>
/// The DIP (Code de commerce L330-3, R330-1) as recorded on the candidacy: the day it was given and the R330-1 headings
/// it does not cover yet (French labels). A contract with exclusivity is signed only when it is complete and
/// <see cref="MinimumFullDays"/> full days separate its delivery from the signature.
/// </summary>
public sealed record DisclosureDto(DateOnly? GivenOn, IReadOnlyList<string> MissingHeadings)
{
    public const int MinimumFullDays = 20;

    public static readonly DisclosureDto NotGiven = new(null, []);

    public bool IsComplete => GivenOn is not null && MissingHeadings.Count == 0;

    /// <summary>Given on day D, the 20 full days are D+1..D+20: signing (or a sum paid) may happen from D+21.</summary>
    public DateOnly? SigningPossibleFrom => GivenOn?.AddDays(MinimumFullDays + 1);
}
