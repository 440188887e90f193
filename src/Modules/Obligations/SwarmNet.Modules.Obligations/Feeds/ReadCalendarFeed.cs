using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using MediatR;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Network.Contracts.Access;
using SwarmNet.Modules.Obligations.Domain;
using SwarmNet.Modules.Obligations.Occurrences;

namespace SwarmNet.Modules.Obligations.Feeds;

/// <summary>
/// The iCalendar a calendar app polls at a secret address: one all-day event per occurrence of the organisation due from a
/// year ago to 13 months ahead, its UID stable across polls, its reminders as alarms. The address dies when revoked or when
/// its owner leaves the organisation; every failure is the same 404.
/// </summary>
internal sealed record ReadCalendarFeed(string Secret) : BuildingBlocks.Messaging.IQuery<string>;

internal sealed class ReadCalendarFeedHandler(DbSession db, IMediator mediator, TimeProvider clock) : IRequestHandler<ReadCalendarFeed, string>
{
    public async Task<string> Handle(ReadCalendarFeed request, CancellationToken cancellationToken)
    {
        var feed = FeedSecrets.LooksValid(request.Secret)
            ? await db.QuerySingleOrDefaultAsync<FeedRow>(SelectFeedSql, new { SecretHash = FeedSecrets.Hash(request.Secret) }, cancellationToken)
            : null;
        var owner = feed is null ? null : await mediator.Send(new LoadActor(feed.UserId), cancellationToken);
        if (feed is null || owner is null || !owner.CanSee(feed.OrganizationId))
            throw new NotFoundException(Text.T("Calendrier introuvable.", "Calendar not found."));

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var (all, orgIds) = OccurrenceAccess.Parameters(owner);
        var window = new { feed.OrganizationId, All = all, OrgIds = orgIds, From = today.AddMonths(-12), To = today.AddMonths(13) };
        var occurrences = await db.QueryAsync<OccurrenceRow>(SelectOccurrencesSql, window, cancellationToken);
        var reminders = (await db.QueryAsync<ReminderRow>(SelectRemindersSql, window, cancellationToken)).ToLookup(r => r.OccurrenceId);
        var calendar = new Calendar { ProductId = "-//SwarmNet//Obligations//FR" };
        calendar.AddProperty("X-WR-CALNAME", "SwarmNet — échéances");
        foreach (var o in occurrences)
            calendar.Events.Add(Event(o, reminders[o.Id]));
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static CalendarEvent Event(OccurrenceRow o, IEnumerable<ReminderRow> reminders)
    {
        var e = new CalendarEvent
        {
            Uid = $"{o.Id:N}@swarmnet",
            Summary = $"{o.Title} ({o.ContractTitle})",
            Description = $"{o.Code} — échéance {OccurrenceStates.Label(o.State)}, date d'échéance le {o.DueDate:dd/MM/yyyy}.",
            DtStart = new CalDateTime(o.DueDate.Year, o.DueDate.Month, o.DueDate.Day),
            DtEnd = new CalDateTime(o.DueDate.AddDays(1).Year, o.DueDate.AddDays(1).Month, o.DueDate.AddDays(1).Day),
        };
        foreach (var r in reminders)
            e.Alarms.Add(new Alarm
            {
                Action = AlarmAction.Display, Description = $"Relance : {o.Title}", Trigger = new Trigger(Duration.FromDays(-r.OffsetDays)),
            });
        return e;
    }

    internal const string SelectFeedSql = """
        SELECT user_id AS UserId, organization_id AS OrganizationId FROM obligations_calendar_feeds
        WHERE secret_hash = @SecretHash AND revoked_at IS NULL
        """;

    private const string Where = """
         WHERE (o.structure_organization_id = @OrganizationId OR o.grantor_organization_id = @OrganizationId) AND o.state <> 'Cancelled'
          AND o.due_date >= @From AND o.due_date <= @To AND
        """ + " " + OccurrenceAccess.Visible;

    internal const string SelectOccurrencesSql = "SELECT " + OccurrenceRow.Columns + OccurrenceRow.From + Where + " ORDER BY o.due_date, o.code";

    internal const string SelectRemindersSql = """
        SELECT r.occurrence_id AS OccurrenceId, r.offset_days AS OffsetDays FROM obligations_reminders r
        WHERE r.kind = 'reminder' AND r.occurrence_id IN (SELECT o.id FROM obligations_occurrences o
        """ + Where + ")";

    private sealed class FeedRow
    {
        public Guid UserId { get; init; }
        public Guid OrganizationId { get; init; }
    }

    private sealed class ReminderRow
    {
        public Guid OccurrenceId { get; init; }
        public int OffsetDays { get; init; }
    }
}
