using SwarmNet.BuildingBlocks.Modules;
using SwarmNet.ContractKernel.Signing;
using SwarmNet.Modules.Partnerships.Contributions;
using SwarmNet.Modules.Partnerships.Domain;
using SwarmNet.Modules.Partnerships.Drafting;
using SwarmNet.Modules.Partnerships.Governance;
using SwarmNet.Modules.Partnerships.Impact;
using SwarmNet.Modules.Partnerships.Milestones;

namespace SwarmNet.Modules.Partnerships.Demo;

/// <summary>
/// A partnership's story told through the real commands, each step by the person who takes it: drafted by the lead, signed
/// by every partner, then its contributions delivered, its committee held, its milestones done and its quarters reported,
/// up to today. What is still due stays undone, so the demo shows late and planned items too.
/// </summary>
internal sealed class DemoStory(IMediator mediator, ActorContext context, TimeProvider clock)
{
    /// <summary>A partner as the story's people act for it: its organisation and the role that signs for it.</summary>
    public sealed record Cast(Guid OrganizationId, string Name, string Role);

    public async Task<Guid> TellAsync(PartnershipContent content, Guid networkId, Guid? candidacyId, IReadOnlyList<Cast> cast, DemoIndicators.Quarter[] quarters,
        int lateInstalments, IReadOnlyCollection<string> undoneMilestones, CancellationToken ct)
    {
        var today = ContractDay.Today(clock);
        var lead = Person(cast[0]);
        var draft = await mediator.SendAsAsync(context, lead, new DraftPartnership(networkId, candidacyId, content), ct);
        var version = draft.Version;
        foreach (var partner in cast)
            version = (await mediator.SendAsAsync(context, Person(partner), new SignContract<PartnershipKind>(draft.Id, version), ct)).Version;

        var byId = cast.ToDictionary(c => c.OrganizationId);
        foreach (var c in content.ContributionList)
        {
            var due = ContributionSchedule.Items(c).Where(i => i.DueDate <= today).ToList();
            foreach (var item in c.Kind == ContributionKind.Financial ? due.SkipLast(lateInstalments) : due)
                await mediator.SendAsAsync(context, Person(byId[c.FromOrganizationId!.Value]), new RecordDelivery(draft.Id, c.Code!, item.Number, Min(item.DueDate.AddDays(3), today), null, null), ct);
        }
        foreach (var m in content.MilestoneList.Where(m => m.DueDate <= today && !undoneMilestones.Contains(m.Code!)))
            await mediator.SendAsAsync(context, Person(byId[m.OwnerOrganizationId!.Value]),
                new CompleteMilestone(draft.Id, m.Code!, m.DueDate!.Value.AddDays(-5), "Remis au comité de pilotage, compte rendu à l'appui", null), ct);

        var reporter = byId[content.Reporting!.ReporterOrganizationIds![0]];
        var start = content.Term!.EffectiveDate;
        for (var q = 0; q < quarters.Length && start.AddMonths(3 * q + 3).AddDays(-1) <= today; q++)
        {
            var (from, to) = (start.AddMonths(3 * q), start.AddMonths(3 * q + 3).AddDays(-1));
            await mediator.SendAsAsync(context, Person(reporter with { Role = Roles.StructureMember }), new ReportIndicators(draft.Id, reporter.OrganizationId, from, to, quarters[q].Values()), ct);
            if (content.Committee?.Cadence == CommitteeCadence.Quarterly || q % 4 == 2)
                await mediator.SendAsAsync(context, lead, Meeting(draft.Id, to.AddDays(-10), cast, quarters[q], q, content.Term.EndDate), ct);
        }
        return draft.Id;
    }

    /// <summary>The committee reviews the quarter's figures; every other meeting asks a partner to follow something up.</summary>
    private static RecordMeeting Meeting(Guid id, DateOnly heldOn, IReadOnlyList<Cast> cast, DemoIndicators.Quarter quarter, int q, DateOnly? end)
    {
        var owner = cast[(q / 2) % cast.Count];
        var due = heldOn.AddDays(60);
        DecisionTerms[] decisions = q % 2 == 1 && (end is null || due <= end)
            ? [new(q % 4 == 1 ? "Relancer les prescripteurs pour la prochaine promotion" : "Présenter les résultats aux entreprises du territoire", owner.OrganizationId, due)]
            : [];
        return new RecordMeeting(id, heldOn, cast.Select(c => $"Représentant·e de {c.Name}").ToList(),
            $"Bilan du trimestre : {quarter.Trainees} apprenant·es entré·es en formation, dont {quarter.Women} femmes ; {quarter.Certified} certifications.",
            null, decisions);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static Actor Person(Cast cast) => DemoActors.Person($"{(cast.Role == Roles.NetworkAdmin ? "Admin" : "Référent·e")} {cast.Name}", cast.OrganizationId, cast.Role);
}
