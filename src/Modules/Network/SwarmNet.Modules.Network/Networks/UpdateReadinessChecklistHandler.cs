using FluentValidation;
using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Network.Contracts.Networks;

namespace SwarmNet.Modules.Network.Networks;

internal sealed class UpdateReadinessChecklistValidator : AbstractValidator<UpdateReadinessChecklist>
{
    public UpdateReadinessChecklistValidator()
    {
        RuleFor(c => c.Version).GreaterThanOrEqualTo(1);
        RuleFor(c => c.Items).Cascade(CascadeMode.Stop).NotNull().Must(i => i.Count <= ChecklistTemplateItemValidator.MaxItems)
            .WithMessage(_ => ChecklistTemplateItemValidator.TooManyMessage);
        RuleForEach(c => c.Items).SetValidator(new ChecklistTemplateItemValidator())
            .Must((c, item) => ChecklistTemplateItemValidator.IsFirstWithItsCode(c.Items, item))
            .WithMessage(_ => ChecklistTemplateItemValidator.RepeatedCodeMessage);
    }
}

/// <summary>Edits the template for candidacies opened from now on; open candidacies keep the copy they started with.</summary>
internal sealed class UpdateReadinessChecklistHandler(DbSession db, ActorContext actor, IMediator mediator)
    : IRequestHandler<UpdateReadinessChecklist, NetworkDto>
{
    public async Task<NetworkDto> Handle(UpdateReadinessChecklist request, CancellationToken cancellationToken)
    {
        var network = await mediator.Send(new GetNetwork(request.NetworkId), cancellationToken);
        if (!actor.Current.HasRole(network.OwnerOrganizationId, Roles.NetworkAdmin))
            throw new ForbiddenException(Text.T("Seuls les administrateurs de la tête de réseau modifient la grille.", "Only the network head's admins edit the checklist."));
        if (await db.ExecuteAsync(BumpVersionSql, new { Id = network.Id, request.Version }, cancellationToken) == 0)
            throw new ConflictException(Text.T("Le réseau a été modifié entre-temps : rechargez-le.", "The network changed in the meantime: reload it."));
        await ChecklistTemplate.ReplaceAsync(db, network.Id, request.Items, cancellationToken);
        return await mediator.Send(new GetNetwork(network.Id), cancellationToken);
    }

    internal const string BumpVersionSql = "UPDATE network_networks SET version = version + 1 WHERE id = @Id AND version = @Version";
}
