using MediatR;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Mail;
using SwarmNet.Modules.Network.Access;
using SwarmNet.Modules.Network.Contracts.Notifications;

namespace SwarmNet.Modules.Network.Notifications;

/// <summary>Finds the members concerned in one query, then writes every entry and queues every e-mail in two batches.</summary>
internal sealed class NotifyHandler(DbSession db, MailQueue mail, AccessOptions options, TimeProvider clock) : IRequestHandler<Notify, int>
{
    public async Task<int> Handle(Notify request, CancellationToken cancellationToken)
    {
        var organizations = request.Notices.Select(n => n.OrganizationId.ToString("D")).Distinct().ToArray();
        if (organizations.Length == 0)
            return 0;
        var members = (await db.QueryAsync<Member>(SelectMembersSql, new { OrgIds = organizations }, cancellationToken)).ToLookup(m => m.OrganizationId);
        var now = clock.GetUtcNow();
        var entries = request.Notices
            .SelectMany(n => members[n.OrganizationId].Where(m => n.Roles.Contains(m.Role)).DistinctBy(m => m.UserId).Select(m => (Notice: n, Member: m)))
            .Select(x => new Entry(Guid.CreateVersion7(), x.Member.UserId, x.Notice.OrganizationId, x.Notice.Key, x.Notice.Subject.In(x.Member.Language),
                x.Notice.Body.In(x.Member.Language), x.Notice.Link, now, x.Member.Email))
            .ToList();
        if (entries.Count == 0)
            return 0;
        await db.ExecuteAsync(InsertSql, entries, cancellationToken);
        await mail.EnqueueAsync(entries.Select(e => new EmailMessage(e.Email, e.Subject,
            e.Link is null ? e.Body : $"{e.Body}\n\n{options.PublicUrl}{e.Link}")).ToList(), cancellationToken);
        return entries.Count;
    }

    internal const string SelectMembersSql = """
        SELECT m.organization_id AS OrganizationId, m.role AS Role, u.id AS UserId, u.email AS Email, u.language AS Language
        FROM network_memberships m JOIN network_users u ON u.id = m.user_id
        WHERE m.organization_id IN @OrgIds
        """;

    internal const string InsertSql = """
        INSERT INTO network_notifications (id, user_id, organization_id, notice_key, subject, body, link, created_at, read_at)
        VALUES (@Id, @UserId, @OrganizationId, @Key, @Subject, @Body, @Link, @CreatedAt, NULL)
        """;

    private sealed class Member
    {
        public Guid OrganizationId { get; init; }
        public string Role { get; init; } = "";
        public Guid UserId { get; init; }
        public string Email { get; init; } = "";
        public string? Language { get; init; }
    }

    private sealed record Entry(Guid Id, Guid UserId, Guid OrganizationId, string Key, string Subject, string Body, string? Link, DateTimeOffset CreatedAt, string Email);
}
