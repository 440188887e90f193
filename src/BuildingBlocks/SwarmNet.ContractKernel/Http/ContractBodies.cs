using SwarmNet.Modules.Obligations.Contracts.Terms;
using SwarmNet.Modules.Royalties.Contracts.Terms;

namespace SwarmNet.ContractKernel.Http;

/// <summary>The request bodies of the kernel's routes, the same for every contract kind.</summary>
public static class ContractBodies
{
    /// <summary>
    /// <see cref="Party"/> (the side) or <see cref="OrganizationId"/> only for someone who may sign for several parties (a
    /// partnership's partners are told apart by their organisation).
    /// </summary>
    public sealed record Sign(int Version, ContractParty? Party, Guid? OrganizationId = null);

    public sealed record Versioned(int Version);

    public sealed record Suspend(int Version, string? Reason);

    /// <summary><see cref="On"/>: the day the termination takes effect; by default the earliest the notice allows.</summary>
    public sealed record Terminate(int Version, string? Ground, DateOnly? On);

    public sealed record Renewal(int Version, RenewalDecision Decision);

    public sealed record Amend(int Version, DateOnly EffectiveDate, string? Summary, RoyaltyTerms? RoyaltyTerms, IReadOnlyList<ObligationTerm?>? ObligationTerms);

    public sealed record ExitItem(bool Done, string? Note);
}
