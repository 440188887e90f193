using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Royalties.Agreements;

internal sealed class GetAgreementHandler(DbSession db, ActorContext actor) : IRequestHandler<GetAgreement, AgreementDto>
{
    public async Task<AgreementDto> Handle(GetAgreement request, CancellationToken cancellationToken)
    {
        var row = await AgreementAccess.LoadVisibleAsync(db, actor.Current, request.Id, cancellationToken);
        var versions = await AgreementData.VersionsAsync(db, row.Id, cancellationToken);
        return AgreementDtos.From(row, versions[row.Id]);
    }
}
