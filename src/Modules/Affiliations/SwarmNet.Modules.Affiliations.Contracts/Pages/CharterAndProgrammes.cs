using MediatR;
using SwarmNet.BuildingBlocks.Documents;
using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Affiliations.Contracts.Pages;

/// <summary>
/// A network's charter versions (newest first) and collective programmes (by name), for whoever sees the network; the
/// head's side also reads how far each version reached and how many take part in each programme (null for others).
/// </summary>
public sealed record GetCharterAndProgrammes(Guid NetworkId) : IQuery<CharterAndProgrammes>;

public sealed record CharterAndProgrammes(IReadOnlyList<CharterVersionLine> Charter, IReadOnlyList<ProgrammeLine> Programmes);

/// <summary>A charter version; <see cref="Pushed"/>, <see cref="Acknowledged"/>, <see cref="Overdue"/> for the head's side only.</summary>
public sealed record CharterVersionLine(int Number, string Summary, DateOnly PublishedOn, DateOnly DueOn, string PublishedBy, bool HasDocument,
    int? Pushed, int? Acknowledged, int? Overdue);

/// <summary>
/// A collective programme; <see cref="KindLabel"/> in the reader's language; <see cref="Since"/>: when the network defined it, or, on an
/// agreement, when its affiliate joined; <see cref="Participants"/> for the head's side of the network only.
/// </summary>
public sealed record ProgrammeLine(Guid Id, string KindLabel, string Name, string? Description, DateOnly Since, int? Participants);

/// <summary>Where each affiliate stands with one charter version: the network head's side only.</summary>
public sealed record ListCharterAcknowledgementLines(Guid NetworkId, int Number) : IQuery<IReadOnlyList<AcknowledgementLine>>;

/// <summary>One version put before one affiliate (or, on an agreement, before its own affiliate); <see cref="StateLabel"/> in the reader's language.</summary>
public sealed record AcknowledgementLine(Guid AffiliationId, string AffiliateName, int Number, string Summary, DateOnly RequestedOn, DateOnly DueOn,
    DateOnly? AcknowledgedOn, string? AcknowledgedBy, bool Acknowledged, string StateLabel);

/// <summary>The charter versions put before an agreement's affiliate, newest first, and the programmes it takes part in: for the agreement's parties.</summary>
public sealed record GetAgreementCharter(Guid AffiliationId) : IQuery<AgreementCharter>;

public sealed record AgreementCharter(Guid NetworkId, IReadOnlyList<AcknowledgementLine> Charter, IReadOnlyList<ProgrammeLine> Programmes);

/// <summary>The affiliate's admin acknowledges a charter version on its agreement (the module's own rules and events).</summary>
public sealed record AcknowledgeAgreementCharter(Guid AffiliationId, int Number) : ICommand, IDurableCommand;

/// <summary>The head's staff publish the next charter version as text; it reaches every affiliate. Answers its number.</summary>
public sealed record PublishCharterText(Guid NetworkId, string? Summary, string? Text, int? AcknowledgeWithinDays) : ICommand<int>;

/// <summary>The head's staff define a collective programme; <see cref="Kind"/>: purchasing, advocacy, training or other. Answers its id.</summary>
public sealed record DefineNetworkProgramme(Guid NetworkId, string? Kind, string? Name, string? Description) : ICommand<Guid>;

/// <summary>The agreement records that its affiliate takes part in one of the network's programmes, from today (the module's rules).</summary>
public sealed record JoinNetworkProgramme(Guid AffiliationId, Guid ProgrammeId) : ICommand;

/// <summary>The affiliate (or the head's staff) leaves a programme the agreement takes part in (the module's own rules and history).</summary>
public sealed record LeaveNetworkProgramme(Guid AffiliationId, Guid ProgrammeId) : ICommand;

/// <summary>
/// The head's staff publish the next charter version as a document (PDF…), with what changes and optionally its text; answered by
/// the module's own PublishCharterDocument (the file checked, hashed and stored before its transaction). Answers its number.
/// </summary>
public sealed record PublishCharterDocumentVersion(Guid NetworkId, string? Summary, string? Text, int? AcknowledgeWithinDays, UploadedFile? File) : IRequest<int>;

/// <summary>One charter version with its text and, when it was published as a document, the document's name (downloaded through the API): for whoever sees the network.</summary>
public sealed record GetCharterVersionDetail(Guid NetworkId, int Number) : IQuery<CharterVersionDetail>;

public sealed record CharterVersionDetail(int Number, string Summary, string? Text, DateOnly PublishedOn, DateOnly DueOn, string PublishedBy, string? DocumentName);
