using FluentValidation;
using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Network.Contracts.Access;
using SwarmNet.Modules.Network.Access.Rules;
using SwarmNet.BuildingBlocks.Validation;

namespace SwarmNet.Modules.Network.Access.Tokens;

internal sealed class CreateApiTokenValidator : AbstractValidator<CreateApiToken>
{
    public CreateApiTokenValidator(TimeProvider clock, AccessOptions options)
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(100).SafeName();
        RuleFor(c => c.ExpiresAt).Must(e => e is null || e > clock.GetUtcNow())
            .WithMessage(_ => Text.T("La date d'expiration doit être dans le futur.", "The expiry must be in the future."));
        RuleFor(c => c.ExpiresAt).Must(e => e is null || e <= clock.GetUtcNow() + options.ApiTokenMaxLifetime)
            .WithMessage(_ => Text.T($"Un jeton expire au plus tard dans {options.ApiTokenMaxLifetime.TotalDays:0} jours.",
                $"A token expires within {options.ApiTokenMaxLifetime.TotalDays:0} days at most."));
    }
}

internal sealed class CreateApiTokenHandler(DbSession db, TimeProvider clock, ActorContext actor, AccessOptions options)
    : IRequestHandler<CreateApiToken, CreatedApiTokenDto>
{
    public async Task<CreatedApiTokenDto> Handle(CreateApiToken request, CancellationToken cancellationToken)
    {
        var userId = actor.Current.UserId ?? throw new ForbiddenException(Text.T("Seul un utilisateur peut créer un jeton.", "Only a user can create a token."));
        if (actor.Current.SessionId is null)
            throw new ForbiddenException(Text.T("Un jeton d'API ne crée pas de jeton : connectez-vous avec votre mot de passe.",
                "An API token cannot create tokens: sign in with your password."));
        var token = SecretTokens.New(SecretTokens.ApiTokenPrefix);
        var now = clock.GetUtcNow();
        var created = new CreatedApiTokenDto(Guid.CreateVersion7(), request.Name.Trim(), token, now, (request.ExpiresAt ?? now + options.ApiTokenMaxLifetime).ToUniversalTime());
        await db.ExecuteAsync(InsertTokenSql, new
        {
            created.Id, UserId = userId, created.Name, TokenHash = SecretTokens.Hash(token), created.CreatedAt, created.ExpiresAt,
        }, cancellationToken);
        return created;
    }

    internal const string InsertTokenSql = """
        INSERT INTO network_api_tokens (id, user_id, name, token_hash, created_at, expires_at)
        VALUES (@Id, @UserId, @Name, @TokenHash, @CreatedAt, @ExpiresAt)
        """;
}
