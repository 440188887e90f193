using MediatR;
using SwarmNet.BuildingBlocks.Data;

namespace SwarmNet.BuildingBlocks.Messaging;

/// <summary>A command is one transaction: it commits whole or leaves nothing behind. Nested commands join the outer one.</summary>
internal sealed class TransactionBehaviour<TRequest, TResponse>(DbSession session) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICommandMarker || session.Transaction is not null)
            return await next();

        await session.BeginAsync(cancellationToken);
        try
        {
            var response = await next();
            await session.CommitAsync(cancellationToken);
            return response;
        }
        catch
        {
            await session.RollbackAsync();
            throw;
        }
    }
}
