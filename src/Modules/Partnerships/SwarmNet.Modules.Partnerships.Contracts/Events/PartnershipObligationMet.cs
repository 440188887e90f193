using SwarmNet.BuildingBlocks.Outbox;

namespace SwarmNet.Modules.Partnerships.Contracts.Events;

/// <summary>
/// A partner did, in the Partnerships module, what one of the partnership's obligations (by <see cref="Code"/>) asks: paid an
/// instalment, held the steering committee, completed a milestone, reported its indicators. The occurrence it fulfils is the one
/// due on <see cref="DueDate"/> when set, else the one whose period overlaps [<see cref="PeriodStart"/>, <see cref="PeriodEnd"/>]
/// when set, else the first due on or after <see cref="On"/>, the day it was done.
/// </summary>
[IntegrationEvent("partnerships.obligation-met.v1")]
public sealed record PartnershipObligationMet(
    Guid PartnershipId,
    string Code,
    DateOnly On,
    DateOnly? DueDate,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd,
    Guid? ActorId,
    string ActorName,
    string Note,
    IReadOnlyDictionary<string, decimal>? Indicators = null) : IIntegrationEvent;
