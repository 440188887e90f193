using SwarmNet.ContractKernel.Terms;
using SwarmNet.Modules.Affiliations.Contracts.Terms;

namespace SwarmNet.Modules.Affiliations.Terms;

internal sealed class GetAffiliationTermsInForceHandler(ContractTermsInForce<AffiliationKind> terms) : IRequestHandler<GetAffiliationTermsInForce, TermsInForceDto>
{
    public Task<TermsInForceDto> Handle(GetAffiliationTermsInForce request, CancellationToken cancellationToken) =>
        terms.ReadAsync(request.AffiliationId, request.On, cancellationToken);
}
