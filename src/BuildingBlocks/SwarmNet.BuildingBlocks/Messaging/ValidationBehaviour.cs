using FluentValidation;
using MediatR;
using SwarmNet.BuildingBlocks.Errors;

namespace SwarmNet.BuildingBlocks.Messaging;

/// <summary>Runs every FluentValidation validator of the request and reports all failures at once.</summary>
internal sealed class ValidationBehaviour<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var errors = new List<FieldError>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(new ValidationContext<TRequest>(request), cancellationToken);
            errors.AddRange(result.Errors.Select(f => new FieldError(JsonPointer.FromPropertyPath(f.PropertyName), f.ErrorMessage)));
        }
        if (errors.Count > 0)
            throw new InputValidationException(errors);
        return await next();
    }
}
