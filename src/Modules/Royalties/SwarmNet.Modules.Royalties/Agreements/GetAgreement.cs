using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Royalties.Agreements;

internal sealed record GetAgreement(Guid Id) : IQuery<AgreementDto>;

internal sealed class GetAgreementHandler(DbSession db, ActorContext actor) : IRequestHandler<GetAgreement, AgreementDto>
{
    public async Task<AgreementDto> Handle(GetAgreement request, CancellationToken cancellationToken)
    {
        var row = await AgreementAccess.LoadVisibleAsync(db, actor.Current, request.Id, cancellationToken);
        var versions = await AgreementData.VersionsAsync(db, row.Id, cancellationToken);
        return AgreementDto.From(row, versions[row.Id]);
    }
}
