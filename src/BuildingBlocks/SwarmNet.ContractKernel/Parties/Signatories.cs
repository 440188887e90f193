namespace SwarmNet.ContractKernel.Parties;

/// <summary>
/// Who signs for a party, each with their own account (docs/adr/0072): for the network head its NetworkAdmin or
/// NetworkStaff, for the local structure its StructureAdmin. Membership decides, not platform rights: a platform admin
/// is no party and signs for nobody.
/// </summary>
public static class Signatories
{
    public static bool CanSignFor(Actor actor, ContractRecord contract, ContractParty party) => party switch
    {
        ContractParty.Grantor => actor.Memberships.Any(m => m.OrganizationId == contract.GrantorOrganizationId && m.Role is Roles.NetworkAdmin or Roles.NetworkStaff),
        _ => actor.Memberships.Any(m => m.OrganizationId == contract.GranteeOrganizationId && m.Role == Roles.StructureAdmin),
    };

    /// <summary>The party the actor signs for: the one asked, or the only one the actor may sign for.</summary>
    public static ContractParty Resolve(Actor actor, ContractRecord contract, ContractParty? asked, ContractNoun noun)
    {
        var parties = Enum.GetValues<ContractParty>().Where(p => CanSignFor(actor, contract, p)).ToList();
        if (asked is { } party)
            return parties.Contains(party) ? party : throw NotASignatory(noun);
        return parties.Count switch
        {
            1 => parties[0],
            0 => throw NotASignatory(noun),
            _ => throw new InputValidationException("/party", Text.T("Vous pouvez signer pour les deux parties : précisez laquelle (grantor ou grantee).",
                "You may sign for both parties: say which (grantor or grantee).")),
        };
    }

    /// <summary>"STEP (structure locale)".</summary>
    public static string Describe(ContractRecord contract, ContractParty party) => $"{contract.NameOf(party)} ({Glossary.Of(party)})";

    private static ForbiddenException NotASignatory(ContractNoun noun) => new(Text.T(
        $"Seuls les signataires des parties signent {noun.InSentence} : l'équipe de la tête de réseau et l'administrateur·rice de la structure locale.",
        $"Only the parties' signatories sign {noun.InSentence}: the network head's staff and the local structure's admin."));
}
