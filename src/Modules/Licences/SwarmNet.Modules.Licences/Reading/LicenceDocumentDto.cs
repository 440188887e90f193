using SwarmNet.ContractKernel.Documents;

namespace SwarmNet.Modules.Licences.Reading;

/// <summary>A licence's document as the API has always shown it (<c>licenceId</c>).</summary>
internal sealed record LicenceDocumentDto(Guid Id, Guid LicenceId, string FileName, string ContentType, long SizeBytes, string Sha256,
    DateTimeOffset UploadedAt, string UploadedBy)
{
    public static LicenceDocumentDto From(ContractDocumentDto d) => new(d.Id, d.ContractId, d.FileName, d.ContentType, d.SizeBytes, d.Sha256, d.UploadedAt, d.UploadedBy);
}
