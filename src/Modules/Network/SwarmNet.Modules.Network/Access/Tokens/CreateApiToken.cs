using FluentValidation;
using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Network.Contracts.Access;
using SwarmNet.Modules.Network.Access.Rules;

namespace SwarmNet.Modules.Network.Access.Tokens;

internal sealed class CreateApiTokenValidator : AbstractValidator<CreateApiToken>
{
    public CreateApiTokenValidator(TimeProvider clock)
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(100);
        RuleFor(c => c.ExpiresAt).Must(e => e is null || e > clock.GetUtcNow())
            .WithMessage(_ => Text.T("La date d'expiration doit être dans le futur.", "The expiry must be in the future."));
    }
}

internal sealed class CreateApiTokenHandler(DbSession db, TimeProvider clock, ActorContext actor) : IRequestHandler<CreateApiToken, CreatedApiTokenDto>
{
    public async Task<CreatedApiTokenDto> Handle(CreateApiToken request, CancellationToken cancellationToken)
    {
        var userId = actor.Current.UserId ?? throw new ForbiddenException(Text.T("Seul un utilisateur peut créer un jeton.", "Only a user can create a token."));
        var token = SecretTokens.New(SecretTokens.ApiTokenPrefix);
        var created = new CreatedApiTokenDto(Guid.CreateVersion7(), request.Name.Trim(), token, clock.GetUtcNow(), request.ExpiresAt?.ToUniversalTime());
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
