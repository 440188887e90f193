using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.Modules.Obligations.Contracts.Occurrences;

namespace SwarmNet.Modules.Obligations.Feeds;

internal sealed class CreateCalendarFeedHandler(DbSession db, ActorContext actorContext, TimeProvider clock) : IRequestHandler<CreateCalendarFeed, CalendarFeedDto>
{
    public async Task<CalendarFeedDto> Handle(CreateCalendarFeed request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        if (actor.UserId is not { } userId || !actor.Memberships.Any(m => m.OrganizationId == request.OrganizationId))
            throw new NotFoundException(Text.T("Organisation introuvable.", "Organization not found."));
        var secret = FeedSecrets.New();
        var feed = new CalendarFeedDto(Guid.CreateVersion7(), request.OrganizationId, clock.GetUtcNow(), null, $"/api/obligations/calendar/{secret}.ics");
        await db.ExecuteAsync(InsertSql, new { feed.Id, UserId = userId, feed.OrganizationId, SecretHash = FeedSecrets.Hash(secret), feed.CreatedAt }, cancellationToken);
        return feed;
    }

    internal const string InsertSql = """
        INSERT INTO obligations_calendar_feeds (id, user_id, organization_id, secret_hash, created_at, revoked_at)
        VALUES (@Id, @UserId, @OrganizationId, @SecretHash, @CreatedAt, NULL)
        """;
}
