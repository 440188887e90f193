using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Json;
using SwarmNet.BuildingBlocks.Localization;

namespace SwarmNet.BuildingBlocks.Http;

/// <summary>Turns the application's exceptions into problem details: bad input is a 400 naming each field, never a 500.</summary>
internal sealed partial class ProblemExceptionHandler(ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var result = exception switch
        {
            InputValidationException invalid => Problems.Validation(invalid.Errors),
            NotFoundException notFound => Problems.NotFound(notFound.Message),
            ConflictException conflict => Problems.Conflict(conflict.Message),
            ForbiddenException forbidden => Problems.Forbidden(forbidden.Message),
            PayloadTooLargeException tooLarge => Problems.TooLarge(tooLarge.Message),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => Problems.TooLarge(
                Text.T("La requête dépasse la taille acceptée.", "The request is larger than accepted.")),
            BadHttpRequestException bad => Problems.Validation(FromBadRequest(bad)),
            ServiceBusyException => Busy(httpContext),
            TooManyRequestsException tooMany => Problems.TooManyAttempts(httpContext, tooMany.RetryAfter),
            _ when httpContext.RequestServices.GetRequiredService<DbConnectionFactory>().Dialect.IsBusy(exception) => Busy(httpContext),
            _ => null,
        };
        if (result is null)
        {
            LogUnhandled(logger, exception);
            return false;
        }
        await result.ExecuteAsync(httpContext);
        return true;
    }

    // A read or a write outside a command that met a busy database is as harmless to retry as a command that did.
    private static IResult Busy(HttpContext httpContext)
    {
        httpContext.Response.Headers.RetryAfter = ((int)ServiceBusyException.RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return Problems.Busy();
    }

    private static IReadOnlyList<FieldError> FromBadRequest(BadHttpRequestException bad)
    {
        if (bad.InnerException is JsonException json)
            return JsonErrors.From(json);
        var parameter = ParameterName().Match(bad.Message);
        return parameter.Success
            ? [new FieldError("/" + parameter.Groups[1].Value, Text.T("Valeur invalide.", "Invalid value."))]
            : [new FieldError("", Text.T("Requête illisible : le corps doit être un JSON valide.", "Unreadable request: the body must be valid JSON."))];
    }

    [GeneratedRegex("parameter \"[^\"]*? (\\w+)\"")]
    private static partial Regex ParameterName();

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception")]
    private static partial void LogUnhandled(ILogger logger, Exception exception);
}
