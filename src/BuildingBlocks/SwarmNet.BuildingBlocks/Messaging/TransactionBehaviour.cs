using MediatR;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;

namespace SwarmNet.BuildingBlocks.Messaging;

/// <summary>
/// A command is one transaction: it commits whole or leaves nothing behind. Nested commands join the outer one. A
/// command that meets a busy database (another writer beyond the busy timeout, a deadlock) rolls back and runs again,
/// a bounded number of times, then fails with <see cref="ServiceBusyException"/> (503), never a 500.
/// </summary>
internal sealed class TransactionBehaviour<TRequest, TResponse>(DbSession session) : IPipelineBehavior<TRequest, TResponse>
{
    internal const int MaxAttempts = 3;

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICommandMarker || session.Transaction is not null)
            return await next();

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await session.BeginAsync(cancellationToken, durable: request is IDurableCommand);
                var response = await next();
                await session.CommitAsync(cancellationToken);
                return response;
            }
            catch (Exception ex) when (session.Dialect.IsBusy(ex))
            {
                await session.RollbackAsync();
                if (attempt == MaxAttempts)
                    throw new ServiceBusyException(ex);
                // A short, jittered pause so that retrying writers do not collide again in step.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(20, 100) * attempt), cancellationToken);
            }
            catch
            {
                await session.RollbackAsync();
                throw;
            }
        }
    }
}
