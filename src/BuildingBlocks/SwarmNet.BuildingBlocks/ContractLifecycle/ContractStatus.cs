namespace SwarmNet.BuildingBlocks.ContractLifecycle;

/// <summary>Draft → Signed → Active → (Suspended ⇄ Active) → Terminated | Expired: shared by licences, affiliations, partnerships.</summary>
public enum ContractStatus
{
    Draft,
    Signed,
    Active,
    Suspended,
    Terminated,
    Expired,
}

/// <summary>What a party decided about renewal before the notice deadline.</summary>
public enum RenewalDecision
{
    None,
    Renew,
    DoNotRenew,
}
