using SwarmNet.ContractKernel.Terms;
using SwarmNet.Modules.Partnerships.Contracts.Terms;

namespace SwarmNet.Modules.Partnerships.Terms;

internal sealed class GetPartnershipTermsInForceHandler(ContractTermsInForce<PartnershipKind> terms) : IRequestHandler<GetPartnershipTermsInForce, TermsInForceDto>
{
    public Task<TermsInForceDto> Handle(GetPartnershipTermsInForce request, CancellationToken cancellationToken) =>
        terms.ReadAsync(request.PartnershipId, request.On, cancellationToken);
}
