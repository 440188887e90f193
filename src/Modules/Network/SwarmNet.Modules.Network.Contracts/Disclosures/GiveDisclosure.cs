using MediatR;
using SwarmNet.BuildingBlocks.Documents;
using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Network.Contracts.Disclosures;

/// <summary>
/// The head's staff record the DIP given to a candidate (day, R330-1 headings covered by their codes, PDF), for the
/// candidacy page; answered by the module's own RecordDisclosure (file stored first, then one transaction).
/// </summary>
public sealed record GiveDisclosure(Guid CandidacyId, DateOnly? GivenOn, IReadOnlyList<string>? Headings, UploadedFile? File) : IRequest<Unit>;

/// <summary>The R330-1 headings a DIP covers: the code a request names, the label in the reader's language.</summary>
public sealed record ListDisclosureHeadings : IQuery<IReadOnlyList<DisclosureHeadingLine>>;

public sealed record DisclosureHeadingLine(string Code, string Label);
