using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SwarmNet.BuildingBlocks.Mail;

namespace SwarmNet.BuildingBlocks.Outbox;

/// <summary>Dispatches events and sends queued mail right after commits (signalled), and polls for retries and other hosts' work.</summary>
internal sealed partial class OutboxBackgroundService(
    OutboxDispatcher dispatcher, MailDispatcher mail, OutboxSignal signal, ILogger<OutboxBackgroundService> logger)
    : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            // Whatever this host's previous process left leased when it stopped goes out now, not when the lease ends.
            await dispatcher.ReclaimEarlierRunAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogLoopFailed(logger, ex);
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await dispatcher.DispatchPendingAsync(stoppingToken);
                // Mail queued by commands (and by the handlers just run) leaves from the same loop: one poller per host.
                await mail.SendPendingAsync(stoppingToken);
                await signal.WaitAsync(PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogLoopFailed(logger, ex);
                await Task.Delay(PollInterval, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox dispatch loop failed; retrying")]
    private static partial void LogLoopFailed(ILogger logger, Exception ex);
}
