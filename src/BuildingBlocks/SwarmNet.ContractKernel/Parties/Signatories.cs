namespace SwarmNet.ContractKernel.Parties;

/// <summary>
/// Who signs for a party, each with their own account (docs/adr/0072): the members of its organisation who hold one of its
/// signatory roles (<see cref="SigningParty"/>). Membership decides, not platform rights: a platform admin signs for nobody.
/// </summary>
public static class Signatories
{
    /// <summary>
    /// The party the actor signs for: the one asked (by side, by organisation, or both), or the only one the actor may sign for.
    /// </summary>
    public static SigningParty Resolve(Actor actor, ContractRecord contract, ContractParty? side, Guid? organizationId, ContractKindInfo info)
    {
        var mine = contract.Parties.Where(p => p.SignsFor(actor)).ToList();
        var asked = mine.Where(p => (side is null || p.Side == side) && (organizationId is null || p.OrganizationId == organizationId)).ToList();
        if (asked.Count == 1)
            return asked[0];
        if (asked.Count == 0)
            throw NotASignatory(info);
        if (contract.Parties.Count == 2 && side is null)
            throw new InputValidationException("/party", Text.T("Vous pouvez signer pour les deux parties : précisez laquelle (grantor ou grantee).",
                "You may sign for both parties: say which (grantor or grantee)."));
        throw new InputValidationException("/organizationId", Text.T("Vous pouvez signer pour plusieurs parties : précisez laquelle (organizationId).",
            "You may sign for several parties: say which (organizationId)."));
    }

    private static ForbiddenException NotASignatory(ContractKindInfo info) => new(Text.T(
        $"Seuls les signataires des parties signent {info.Noun.InSentence} : {info.Sides.Signers.French}.",
        $"Only the parties' signatories sign {info.Noun.InSentence}: {info.Sides.Signers.English}."));
}
