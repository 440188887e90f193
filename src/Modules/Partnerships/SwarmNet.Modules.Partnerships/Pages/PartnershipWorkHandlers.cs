using SwarmNet.Modules.Partnerships.Contracts.Pages;
using SwarmNet.Modules.Partnerships.Contributions;
using SwarmNet.Modules.Partnerships.Domain;
using SwarmNet.Modules.Partnerships.Governance;
using SwarmNet.Modules.Partnerships.Milestones;
using SwarmNet.Modules.Partnerships.Reading;

namespace SwarmNet.Modules.Partnerships.Pages;

/// <summary>The published page requests, answered by the module's own queries and commands (same readers, rules, events).</summary>
internal sealed class PartnershipWorkHandlers(IMediator mediator) :
    IRequestHandler<GetPartnershipWork, PartnershipWork>, IRequestHandler<RecordContributionDelivered, Unit>,
    IRequestHandler<RecordCommitteeMeeting, Unit>, IRequestHandler<CompletePartnershipMilestone, Unit>
{
    public async Task<PartnershipWork> Handle(GetPartnershipWork request, CancellationToken cancellationToken)
    {
        var contributions = await mediator.Send(new GetContributions(request.PartnershipId), cancellationToken);
        var governance = await mediator.Send(new GetGovernance(request.PartnershipId), cancellationToken);
        var milestones = await mediator.Send(new ListMilestones(request.PartnershipId), cancellationToken);
        var partnership = await mediator.Send(new GetPartnership(request.PartnershipId), cancellationToken);
        return new PartnershipWork(contributions.On,
            [.. contributions.Contributions.SelectMany(c => c.Items.Select(i => new ContributionItemLine(c.Code, i.Number, c.KindLabel, c.FromName, c.ToName,
                c.Description, i.DueDate, i.Value, i.Days, i.StatusLabel, i.DeliveredOn is not null, i.DeliveredOn)))],
            governance.CommitteeName, governance.CadenceLabel,
            [.. governance.Meetings.Select(m => new MeetingLine(m.Number, m.HeldOn, m.Attendees, m.Minutes,
                [.. m.Decisions.Select(d => new DecisionLine(d.Code, d.Title, d.OwnerOrganizationId, d.OwnerName, d.DueDate))]))],
            [.. milestones.Select(m => new MilestoneLine(m.Code, m.KindLabel, m.Title, m.OwnerName, m.DueDate, m.StatusLabel, m.CompletedOn is not null,
                m.CompletedOn, m.Evidence))],
            [.. partnership.Partners.Select(p => new PartnerLine(p.OrganizationId, p.Name, p.RoleLabel))]);
    }

    public async Task<Unit> Handle(RecordContributionDelivered request, CancellationToken cancellationToken)
    {
        await mediator.Send(new RecordDelivery(request.PartnershipId, request.Code, request.Number, request.DeliveredOn, request.Value, request.Note),
            cancellationToken);
        return Unit.Value;
    }

    public async Task<Unit> Handle(RecordCommitteeMeeting request, CancellationToken cancellationToken)
    {
        await mediator.Send(new RecordMeeting(request.PartnershipId, request.HeldOn, request.Attendees, request.Minutes, null,
            request.Decisions?.Select(d => d is null ? null : new DecisionTerms(d.Title, d.OwnerOrganizationId, d.DueDate)).ToList()), cancellationToken);
        return Unit.Value;
    }

    public async Task<Unit> Handle(CompletePartnershipMilestone request, CancellationToken cancellationToken)
    {
        await mediator.Send(new CompleteMilestone(request.PartnershipId, request.Code, request.CompletedOn, request.Evidence, null), cancellationToken);
        return Unit.Value;
    }
}
