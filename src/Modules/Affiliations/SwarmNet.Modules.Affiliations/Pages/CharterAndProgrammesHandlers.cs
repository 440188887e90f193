using SwarmNet.Modules.Affiliations.Charter;
using SwarmNet.Modules.Affiliations.Contracts.Pages;
using SwarmNet.Modules.Affiliations.Domain;
using SwarmNet.Modules.Affiliations.Programmes;
using SwarmNet.Modules.Affiliations.Reading;

namespace SwarmNet.Modules.Affiliations.Pages;

/// <summary>The published page requests, answered by the module's own queries and command (same readers, same rules).</summary>
internal sealed class CharterAndProgrammesHandlers(IMediator mediator) :
    IRequestHandler<GetCharterAndProgrammes, CharterAndProgrammes>, IRequestHandler<ListCharterAcknowledgementLines, IReadOnlyList<AcknowledgementLine>>,
    IRequestHandler<GetAgreementCharter, AgreementCharter>, IRequestHandler<AcknowledgeAgreementCharter, Unit>,
    IRequestHandler<PublishCharterText, int>, IRequestHandler<DefineNetworkProgramme, Guid>, IRequestHandler<JoinNetworkProgramme, Unit>, IRequestHandler<LeaveNetworkProgramme, Unit>
{
    public async Task<CharterAndProgrammes> Handle(GetCharterAndProgrammes request, CancellationToken cancellationToken)
    {
        var versions = await mediator.Send(new ListCharterVersions(request.NetworkId), cancellationToken);
        var programmes = await mediator.Send(new ListProgrammes(request.NetworkId), cancellationToken);
        return new CharterAndProgrammes(
            [.. versions.Select(v => new CharterVersionLine(v.Number, v.Summary, v.PublishedOn, v.DueOn, v.PublishedBy, v.Document is not null,
                v.Progress?.Pushed, v.Progress?.Acknowledged, v.Progress?.Overdue))],
            [.. programmes.Select(p => new ProgrammeLine(p.Id, AffiliationLabels.Of(p.Kind), p.Name, p.Description, p.CreatedOn, p.Participants))]);
    }

    public async Task<IReadOnlyList<AcknowledgementLine>> Handle(ListCharterAcknowledgementLines request, CancellationToken cancellationToken) =>
        [.. (await mediator.Send(new ListCharterAcknowledgements(request.NetworkId, request.Number), cancellationToken)).Select(Line)];

    public async Task<AgreementCharter> Handle(GetAgreementCharter request, CancellationToken cancellationToken)
    {
        var agreement = await mediator.Send(new GetAffiliation(request.AffiliationId), cancellationToken);
        return new AgreementCharter(agreement.NetworkId, [.. agreement.Charter.Select(Line)],
            [.. agreement.Programmes.Select(p => new ProgrammeLine(p.ProgrammeId, AffiliationLabels.Of(p.Kind), p.Name, null, p.JoinedOn, null))]);
    }

    public async Task<Unit> Handle(AcknowledgeAgreementCharter request, CancellationToken cancellationToken)
    {
        await mediator.Send(new AcknowledgeCharter(request.AffiliationId, request.Number), cancellationToken);
        return Unit.Value;
    }

    public async Task<Unit> Handle(JoinNetworkProgramme request, CancellationToken cancellationToken)
    {
        await mediator.Send(new JoinProgramme(request.AffiliationId, request.ProgrammeId), cancellationToken);
        return Unit.Value;
    }

    public async Task<Unit> Handle(LeaveNetworkProgramme request, CancellationToken cancellationToken)
    {
        await mediator.Send(new LeaveProgramme(request.AffiliationId, request.ProgrammeId), cancellationToken);
        return Unit.Value;
    }

    public async Task<int> Handle(PublishCharterText request, CancellationToken cancellationToken) =>
        (await mediator.Send(new PublishCharterVersion(request.NetworkId, request.Summary, request.Text, request.AcknowledgeWithinDays), cancellationToken)).Number;

    // An unknown kind goes on as none: the module's own rule names the field and the expected words.
    public async Task<Guid> Handle(DefineNetworkProgramme request, CancellationToken cancellationToken) =>
        (await mediator.Send(new DefineProgramme(request.NetworkId,
            Enum.TryParse<ProgrammeKind>(request.Kind, ignoreCase: true, out var kind) && Enum.IsDefined(kind) ? kind : null,
            request.Name, request.Description), cancellationToken)).Id;

    private static AcknowledgementLine Line(CharterAcknowledgementDto a) => new(a.AffiliationId, a.Affiliate.Name, a.Number, a.Summary, a.RequestedOn,
        a.DueOn, a.AcknowledgedOn, a.AcknowledgedBy, a.State is AcknowledgementState.Acknowledged or AcknowledgementState.AcknowledgedLate, AffiliationLabels.Of(a.State));
}

/// <summary>The glossary's words for a programme's kind and for where an affiliate stands with a charter version.</summary>
internal static class AffiliationLabels
{
    public static string Of(ProgrammeKind kind) => kind switch
    {
        ProgrammeKind.Purchasing => Text.T("achats groupés", "group purchasing"),
        ProgrammeKind.Advocacy => Text.T("plaidoyer", "advocacy"),
        ProgrammeKind.Training => Text.T("formation", "training"),
        _ => Text.T("autre", "other"),
    };

    public static string Of(AcknowledgementState state) => state switch
    {
        AcknowledgementState.Acknowledged => Text.T("prise de connaissance faite", "acknowledged"),
        AcknowledgementState.AcknowledgedLate => Text.T("prise de connaissance faite en retard", "acknowledged late"),
        AcknowledgementState.Overdue => Text.T("en retard", "overdue"),
        _ => Text.T("attendue", "awaited"),
    };
}
