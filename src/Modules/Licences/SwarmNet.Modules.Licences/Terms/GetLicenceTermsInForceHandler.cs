using SwarmNet.ContractKernel.Terms;
using SwarmNet.Modules.Licences.Contracts.Terms;

namespace SwarmNet.Modules.Licences.Terms;

internal sealed class GetLicenceTermsInForceHandler(ContractTermsInForce<LicenceKind> terms) : IRequestHandler<GetLicenceTermsInForce, TermsInForceDto>
{
    public Task<TermsInForceDto> Handle(GetLicenceTermsInForce request, CancellationToken cancellationToken) =>
        terms.ReadAsync(request.LicenceId, request.On, cancellationToken);
}
