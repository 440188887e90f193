using MediatR;
using SwarmNet.BuildingBlocks.Errors;

namespace SwarmNet.BuildingBlocks.Messaging;

/// <summary>Asking another module for something that may not exist (or not for this actor), without try/catch at each call.</summary>
public static class MediatorQueries
{
    /// <summary>The answer, or null when the query answers NotFoundException.</summary>
    public static async Task<T?> SendOrNullAsync<T>(this IMediator mediator, IRequest<T> query, CancellationToken ct) where T : class
    {
        try
        {
            return await mediator.Send(query, ct);
        }
        catch (NotFoundException)
        {
            return null;
        }
    }
}
