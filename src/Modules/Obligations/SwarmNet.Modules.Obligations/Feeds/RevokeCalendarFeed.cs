using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.Modules.Obligations.Contracts.Occurrences;

namespace SwarmNet.Modules.Obligations.Feeds;

/// <summary>Its owner closes a calendar address (a leaked link, a lost phone): the address answers 404 from then on.</summary>
internal sealed record RevokeCalendarFeed(Guid FeedId) : ICommand;

internal sealed class RevokeCalendarFeedHandler(DbSession db, ActorContext actor, TimeProvider clock) : IRequestHandler<RevokeCalendarFeed, Unit>
{
    public async Task<Unit> Handle(RevokeCalendarFeed request, CancellationToken cancellationToken)
    {
        var owned = await db.ExecuteAsync(RevokeSql, new { request.FeedId, UserId = actor.Current.UserId ?? Guid.Empty, Now = clock.GetUtcNow() }, cancellationToken);
        if (owned == 0)
            throw new NotFoundException(Text.T("Adresse de calendrier introuvable.", "Calendar address not found."));
        return Unit.Value;
    }

    internal const string RevokeSql = """
        UPDATE obligations_calendar_feeds SET revoked_at = COALESCE(revoked_at, @Now) WHERE id = @FeedId AND user_id = @UserId
        """;
}

/// <summary>The signed-in person's calendar addresses for an organisation (never the secrets).</summary>
internal sealed record ListCalendarFeeds(Guid OrganizationId) : BuildingBlocks.Messaging.IQuery<IReadOnlyList<CalendarFeedDto>>;

internal sealed class ListCalendarFeedsHandler(DbSession db, ActorContext actor) : IRequestHandler<ListCalendarFeeds, IReadOnlyList<CalendarFeedDto>>
{
    public async Task<IReadOnlyList<CalendarFeedDto>> Handle(ListCalendarFeeds request, CancellationToken cancellationToken) =>
        (await db.QueryAsync<FeedRow>(SelectSql, new { request.OrganizationId, UserId = actor.Current.UserId ?? Guid.Empty }, cancellationToken))
        .Select(r => new CalendarFeedDto(r.Id, r.OrganizationId, r.CreatedAt, r.RevokedAt)).ToList();

    internal const string SelectSql = """
        SELECT id AS Id, organization_id AS OrganizationId, created_at AS CreatedAt, revoked_at AS RevokedAt
        FROM obligations_calendar_feeds WHERE user_id = @UserId AND organization_id = @OrganizationId ORDER BY created_at
        """;

    private sealed class FeedRow
    {
        public Guid Id { get; init; }
        public Guid OrganizationId { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset? RevokedAt { get; init; }
    }
}
