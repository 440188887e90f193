using FluentValidation;
using MediatR;
using SwarmNet.Modules.Network.Access.Rules;
using SwarmNet.Modules.Network.Contracts.Access;

namespace SwarmNet.Modules.Network.Access.PasswordReset;

internal sealed class ResetPasswordValidator : AbstractValidator<ResetPassword>
{
    public ResetPasswordValidator()
    {
        RuleFor(c => c.Token).NotEmpty().MaximumLength(100);
        RuleFor(c => c.NewPassword).StrongPassword();
    }
}

/// <summary>
/// Hashes outside the transaction (PBKDF2 is slow on purpose, SQLite has one writer) and in one of the few hashing
/// slots (an anonymous endpoint), then the write uses the token.
/// </summary>
internal sealed class ResetPasswordHandler(PasswordWork passwords, IMediator mediator) : IRequestHandler<ResetPassword, Unit>
{
    public async Task<Unit> Handle(ResetPassword request, CancellationToken cancellationToken) =>
        await mediator.Send(new ApplyPasswordReset(request.Token, await passwords.HashAsync(request.NewPassword, cancellationToken)), cancellationToken);
}
