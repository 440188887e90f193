using System.Text.Json;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Outbox;
using SwarmNet.Modules.Affiliations.Contracts.Events;
using SwarmNet.Modules.Affiliations.Domain;
using SwarmNet.Modules.Network.Contracts.Notifications;

namespace SwarmNet.Modules.Affiliations.Charter;

/// <summary>
/// Puts a charter version before affiliates: one acknowledgement row per agreement (set-based), one event for the
/// Obligations module, one notice per affiliate's admins. At publication, every running agreement of the network; at an
/// agreement's activation, the network's latest version, so an affiliate who joins later acknowledges the charter in force.
/// </summary>
internal sealed class CharterPush(DbSession db, Outbox outbox, IMediator mediator)
{
    private sealed class Pushed
    {
        public Guid ContractId { get; init; }
        public Guid AffiliateOrganizationId { get; init; }
    }

    public async Task ToNetworkAsync(CharterVersionRow version, string networkName, CancellationToken ct)
    {
        var due = CharterDeadlines.DueOn(version.PublishedOn, version.AcknowledgeWithinDays);
        await db.ExecuteAsync(PushToNetworkSql, new { VersionId = version.Id, version.NetworkId, version.Number, RequestedOn = version.PublishedOn, DueOn = due }, ct);
        await AnnounceAsync(version, due, networkName, await db.QueryAsync<Pushed>(PushedSql, new { VersionId = version.Id }, ct), ct);
    }

    public async Task ToAgreementAsync(Guid contractId, Guid networkId, string networkName, DateOnly today, CancellationToken ct)
    {
        if (await db.QuerySingleOrDefaultAsync<CharterVersionRow>(LatestSql, new { NetworkId = networkId, Skip = 0, Take = 1 }, ct) is not { } latest)
            return;
        var due = CharterDeadlines.DueOn(today, latest.AcknowledgeWithinDays);
        if (await db.ExecuteAsync(PushToAgreementSql, new { VersionId = latest.Id, ContractId = contractId, latest.Number, RequestedOn = today, DueOn = due }, ct) > 0)
            await AnnounceAsync(latest, due, networkName, await db.QueryAsync<Pushed>(PushedOneSql, new { VersionId = latest.Id, ContractId = contractId }, ct), ct);
    }

    private async Task AnnounceAsync(CharterVersionRow version, DateOnly due, string networkName, IReadOnlyList<Pushed> pushed, CancellationToken ct)
    {
        if (pushed.Count == 0)
            return;
        var obligation = JsonSerializer.SerializeToElement(CharterDeadlines.Obligation(version.Number, due), ContractJson.Options);
        await outbox.PublishAsync(new CharterAcknowledgementsRequested(version.NetworkId, version.Number, due, obligation,
            pushed.Select(p => p.ContractId).ToList()), ct);
        var subject = new LocalizedText($"{networkName} : version {version.Number} de la charte à lire", $"{networkName}: charter version {version.Number} to read");
        var body = new LocalizedText(
            $"{networkName} publie la version {version.Number} de sa charte ({version.Summary}). Prenez-en connaissance sur votre convention d'affiliation avant le {due:dd/MM/yyyy}.",
            $"{networkName} published version {version.Number} of its charter ({version.Summary}). Acknowledge it on your affiliation agreement by {due:yyyy-MM-dd}.");
        await mediator.Send(new Notify(pushed.Select(p => new Notice(p.AffiliateOrganizationId, [Roles.StructureAdmin],
            $"affiliations.charter:{p.ContractId}:{version.Number}", subject, body, "/obligations")).ToList()), ct);
    }

    /// <summary>Every agreement of the network in force (suspended ones too: the affiliate remains bound by the charter).</summary>
    internal const string PushToNetworkSql = """
        INSERT INTO affiliations_charter_acknowledgements (version_id, contract_id, network_id, number, affiliate_organization_id, requested_on, due_on)
        SELECT @VersionId, c.id, c.network_id, @Number, c.grantee_organization_id, @RequestedOn, @DueOn
        FROM affiliations_contracts c
        WHERE c.network_id = @NetworkId AND c.status IN ('Active', 'Suspended')
        """;

    internal const string PushToAgreementSql = """
        INSERT INTO affiliations_charter_acknowledgements (version_id, contract_id, network_id, number, affiliate_organization_id, requested_on, due_on)
        SELECT @VersionId, c.id, c.network_id, @Number, c.grantee_organization_id, @RequestedOn, @DueOn
        FROM affiliations_contracts c
        WHERE c.id = @ContractId
          AND NOT EXISTS (SELECT 1 FROM affiliations_charter_acknowledgements a WHERE a.version_id = @VersionId AND a.contract_id = @ContractId)
        """;

    internal const string PushedSql =
        "SELECT contract_id, affiliate_organization_id FROM affiliations_charter_acknowledgements WHERE version_id = @VersionId ORDER BY contract_id";

    internal const string PushedOneSql =
        "SELECT contract_id, affiliate_organization_id FROM affiliations_charter_acknowledgements WHERE version_id = @VersionId AND contract_id = @ContractId";

    internal const string LatestSql = "SELECT " + CharterVersionRow.Columns + " FROM affiliations_charter_versions v WHERE v.network_id = @NetworkId ORDER BY v.number DESC {{PAGE}}";
}
