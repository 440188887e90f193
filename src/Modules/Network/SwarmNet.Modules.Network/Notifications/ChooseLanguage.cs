using FluentValidation;
using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Modules.Network.Contracts.Notifications;

namespace SwarmNet.Modules.Network.Notifications;

internal sealed class ChooseLanguageValidator : AbstractValidator<ChooseLanguage>
{
    public ChooseLanguageValidator() => RuleFor(c => c.Language).Must(l => l is "fr" or "en").WithMessage("fr, en");
}

internal sealed class ChooseLanguageHandler(DbSession db, ActorContext actor) : IRequestHandler<ChooseLanguage, Unit>
{
    public async Task<Unit> Handle(ChooseLanguage request, CancellationToken cancellationToken)
    {
        await db.ExecuteAsync(UpdateSql, new { request.Language, UserId = actor.Current.UserId ?? Guid.Empty }, cancellationToken);
        return Unit.Value;
    }

    internal const string UpdateSql = "UPDATE network_users SET language = @Language WHERE id = @UserId";
}
