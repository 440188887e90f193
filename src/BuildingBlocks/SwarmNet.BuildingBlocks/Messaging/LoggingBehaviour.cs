using System.Diagnostics;
using MediatR;
using Microsoft.Extensions.Logging;

namespace SwarmNet.BuildingBlocks.Messaging;

/// <summary>Outermost behaviour: one log line per request with its duration, and the failure if any.</summary>
internal sealed partial class LoggingBehaviour<TRequest, TResponse>(ILogger<LoggingBehaviour<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next();
            LogHandled(logger, typeof(TRequest).Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception ex)
        {
            LogFailed(logger, typeof(TRequest).Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds, ex.GetType().Name);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Request} handled in {Elapsed:0.0} ms")]
    private static partial void LogHandled(ILogger logger, string request, double elapsed);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Request} failed after {Elapsed:0.0} ms: {Error}")]
    private static partial void LogFailed(ILogger logger, string request, double elapsed, string error);
}
