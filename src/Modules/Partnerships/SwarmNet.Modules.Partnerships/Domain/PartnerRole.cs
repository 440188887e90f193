namespace SwarmNet.Modules.Partnerships.Domain;

/// <summary>
/// What a partner does in the partnership. Exactly one leads: it drafts and manages the contract (the kernel's grantor side);
/// a host structure, when there is one, is the local structure the contract is with (the grantee side's first).
/// </summary>
internal enum PartnerRole
{
    Lead,
    Operator,
    Host,
    Funder,
    Associate,
}
