using FluentValidation;
using MediatR;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.BuildingBlocks.Outbox;

namespace SwarmNet.BuildingBlocks.Tests;

[IntegrationEvent("tests.ping-sent.v1")]
public sealed record PingSent(string Message) : IIntegrationEvent;

/// <summary>Publishes a ping in its transaction, then fails if asked to: nothing may leave then.</summary>
public sealed record SendPing(string Message, bool FailAfterPublishing = false) : ICommand<Guid>;

internal sealed class SendPingValidator : AbstractValidator<SendPing>
{
    public SendPingValidator() => RuleFor(c => c.Message).NotEmpty().MaximumLength(20);
}

internal sealed class SendPingHandler(Outbox.Outbox outbox) : IRequestHandler<SendPing, Guid>
{
    public async Task<Guid> Handle(SendPing request, CancellationToken cancellationToken)
    {
        var id = await outbox.PublishAsync(new PingSent(request.Message), cancellationToken);
        return request.FailAfterPublishing ? throw new InvalidOperationException("boom after publishing") : id;
    }
}

/// <summary>What the subscribers received, shared across scopes.</summary>
public sealed class DeliveryLog
{
    private int _flakyFailuresLeft;

    public List<string> Steady { get; } = [];
    public List<string> Flaky { get; } = [];
    public int FlakyAttempts { get; private set; }

    public void FailFlakyTimes(int times) => _flakyFailuresLeft = times;

    public bool ShouldFlakyFail()
    {
        lock (this)
        {
            FlakyAttempts++;
            return _flakyFailuresLeft-- > 0;
        }
    }
}

internal sealed class SteadySubscriber(DeliveryLog log) : IIntegrationEventHandler<PingSent>
{
    public Task HandleAsync(PingSent integrationEvent, IntegrationEventContext context, CancellationToken ct)
    {
        lock (log) log.Steady.Add(integrationEvent.Message);
        return Task.CompletedTask;
    }
}

internal sealed class FlakySubscriber(DeliveryLog log) : IIntegrationEventHandler<PingSent>
{
    public Task HandleAsync(PingSent integrationEvent, IntegrationEventContext context, CancellationToken ct)
    {
        if (log.ShouldFlakyFail())
            throw new TimeoutException("subscriber unavailable");
        lock (log) log.Flaky.Add(integrationEvent.Message);
        return Task.CompletedTask;
    }
}

/// <summary>A subscriber that writes in its own transaction, as real module handlers do.</summary>
internal sealed class RecordingSubscriber(Data.DbSession db) : IIntegrationEventHandler<PingSent>
{
    public Task HandleAsync(PingSent integrationEvent, IntegrationEventContext context, CancellationToken ct) =>
        db.ExecuteAsync("INSERT INTO platform_inbox (event_id, handler, processed_at) VALUES (@Id, @Message, '2026-01-01')",
            new { Id = Guid.CreateVersion7(), integrationEvent.Message }, ct);
}
