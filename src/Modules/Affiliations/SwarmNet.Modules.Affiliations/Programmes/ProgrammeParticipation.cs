using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Modules.Affiliations.Networks;
using SwarmNet.Modules.Affiliations.Persistence;

namespace SwarmNet.Modules.Affiliations.Programmes;

/// <summary>
/// What joining and leaving share: the agreement as its actor may change it — the affiliate's admin (its choice) or the
/// head's staff, under an agreement not yet ended — and the programme of the agreement's own network.
/// </summary>
internal sealed class ProgrammeParticipation(DbSession db, AffiliationRecords records)
{
    public async Task<(AffiliationRecord Agreement, ProgrammeRow Programme)> ForAsync(Actor actor, Guid affiliationId, Guid programmeId, CancellationToken ct)
    {
        var agreement = await records.VisibleAsync(actor, affiliationId, ct);
        var contract = agreement.Contract;
        if (!AgreementActors.IsAffiliateAdmin(actor, contract) && !AgreementActors.IsHeadStaff(actor, contract))
            throw new ForbiddenException(Text.T("La participation aux programmes se décide par l'administrateur·rice de la structure affiliée ou l'équipe de la tête de réseau.",
                "Taking part in programmes is decided by the affiliated structure's admin or the network head's staff."));
        if (contract.Status is ContractStatus.Terminated or ContractStatus.Expired)
            throw new ConflictException(Text.T($"{AffiliationKind.Info.Noun.The} est {AffiliationKind.Info.Noun.Status(contract.Status)} : la participation aux programmes a pris fin avec elle.",
                $"{AffiliationKind.Info.Noun.The} is {AffiliationKind.Info.Noun.Status(contract.Status)}: taking part in programmes ended with it."));
        return (agreement, await ProgrammeLookup.FindAsync(db, agreement.NetworkId, programmeId, ct));
    }
}
