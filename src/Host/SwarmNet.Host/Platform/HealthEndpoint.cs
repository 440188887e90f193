using System.Data.Common;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Migrations;

namespace SwarmNet.Host.Platform;

internal static class HealthEndpoint
{
    /// <summary>200 when the database answers and every migration is applied unchanged; 503 otherwise. No sign-in needed.</summary>
    public static void MapHealth(this WebApplication app) =>
        app.MapGet("/health", async (DbConnectionFactory factory, MigrationRunner runner, CancellationToken ct) =>
            {
                try
                {
                    await using (var connection = await factory.OpenAsync(ct))
                    await using (var command = connection.CreateCommand())
                    {
                        command.CommandText = "SELECT 1";
                        await command.ExecuteScalarAsync(ct);
                    }
                    var status = await runner.StatusAsync(ct);
                    var body = new HealthReport(status.IsCurrent ? "healthy" : "unhealthy", "ok", factory.Dialect.Provider.ToString(),
                        new MigrationReport(status.IsCurrent, status.Pending, status.Changed));
                    return Results.Json(body, statusCode: status.IsCurrent ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
                }
                catch (DbException ex)
                {
                    var body = new HealthReport("unhealthy", ex.Message, factory.Dialect.Provider.ToString(), null);
                    return Results.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable);
                }
            })
            .WithName("Health").WithTags("Plateforme").WithSummary("État de la base et des migrations")
            .AllowAnonymous();

    internal sealed record HealthReport(string Status, string Database, string Provider, MigrationReport? Migrations);

    internal sealed record MigrationReport(bool Current, IReadOnlyList<string> Pending, IReadOnlyList<string> Changed);
}
