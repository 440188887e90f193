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

/// <summary>Hashes outside the transaction (PBKDF2 is slow on purpose, SQLite has one writer), then the write uses the token.</summary>
internal sealed class ResetPasswordHandler(IMediator mediator) : IRequestHandler<ResetPassword, Unit>
{
    public Task<Unit> Handle(ResetPassword request, CancellationToken cancellationToken) =>
        mediator.Send(new ApplyPasswordReset(request.Token, Passwords.Hash(request.NewPassword)), cancellationToken);
}
