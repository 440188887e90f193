using FluentValidation;
using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Network.Contracts.Candidacies;
using SwarmNet.Modules.Network.Contracts.Networks;
using SwarmNet.Modules.Network.Domain;

namespace SwarmNet.Modules.Network.Candidacies;

internal sealed class GetPipelineValidator : AbstractValidator<GetPipeline>
{
    public GetPipelineValidator() => RuleFor(q => q.StuckAfterDays).InclusiveBetween(1, 3650);
}

/// <summary>The network head's view of its pipeline: one query for the network's candidacies, aggregated here.</summary>
internal sealed class GetPipelineHandler(DbSession db, ActorContext actor, IMediator mediator, TimeProvider clock) : IRequestHandler<GetPipeline, PipelineDto>
{
    public async Task<PipelineDto> Handle(GetPipeline request, CancellationToken cancellationToken)
    {
        var network = await mediator.Send(new GetNetwork(request.NetworkId), cancellationToken);
        if (!actor.Current.HasRole(network.OwnerOrganizationId, Roles.NetworkAdmin, Roles.NetworkStaff, Roles.Accountant))
            throw new ForbiddenException(Text.T("Le pipeline est réservé à la tête de réseau.", "The pipeline is for the network head."));

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var candidacies = (await db.QueryAsync<CandidacyRow>(SelectNetworkSql, new { request.NetworkId }, cancellationToken))
            .Select(r => r.ToSummary(today)).ToList();
        var stages = Enum.GetValues<CandidacyStage>().Select(stage =>
        {
            var inStage = candidacies.Where(c => c.Stage == stage).ToList();
            return new PipelineStageDto(stage, inStage.Count,
                inStage.Count == 0 ? 0 : (int)Math.Round(inStage.Average(c => c.DaysInStage), MidpointRounding.AwayFromZero),
                inStage.Count == 0 ? 0 : inStage.Max(c => c.DaysInStage));
        }).ToList();
        var stuck = candidacies.Where(c => CandidacyStages.IsOpen(c.Stage) && c.DaysInStage > request.StuckAfterDays)
            .OrderByDescending(c => c.DaysInStage).ToList();
        return new PipelineDto(network.Id, today, request.StuckAfterDays, stages, stuck);
    }

    internal const string SelectNetworkSql = "SELECT " + CandidacyRow.Columns + " FROM " + CandidacyRow.From + " WHERE c.network_id = @NetworkId";
}
