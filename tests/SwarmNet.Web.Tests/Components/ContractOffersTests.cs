using SwarmNet.BuildingBlocks.ContractLifecycle;
using SwarmNet.ContractKernel.AnyKind;
using SwarmNet.ContractKernel.Parties;
using SwarmNet.ContractKernel.Reading;
using SwarmNet.ContractKernel.Records;
using SwarmNet.ContractKernel.Signing;
using SwarmNet.Web.Pages.Contracts;
using Xunit;

namespace SwarmNet.Web.Tests.Components;

/// <summary>The buttons of a contract page follow what the kernel says the reader may do and where the contract stands.</summary>
public sealed class ContractOffersTests
{
    private static readonly Guid HeadId = Guid.CreateVersion7(), StepId = Guid.CreateVersion7();
    private static readonly SigningParty Head = new(ContractParty.Grantor, HeadId, "Les Triporteurs", "tête de réseau", SigningParty.HeadSignatories);
    private static readonly SigningParty Step = new(ContractParty.Grantee, StepId, "STEP", "structure locale", SigningParty.StructureSignatories);
    private static readonly ContractAbilities HeadStaff = new([Head], true, Head);
    private static readonly ContractAbilities StructureAdmin = new([Step], false, Step);
    private static readonly ContractAbilities StructureMember = new([], false, null);

    private static ContractSheet Sheet(ContractStatus status, ContractAbilities can, IReadOnlyList<SigningParty>? awaiting = null,
        IReadOnlyList<AmendmentDto>? amendments = null, NoticeDto? notice = null, DateOnly? renewalDue = null) => new(
        new ContractSummary("licence", Guid.CreateVersion7(), "Les Triporteurs", HeadId, "Les Triporteurs", StepId, "STEP",
            status, "", true, new DateOnly(2026, 11, 1), new DateOnly(2029, 10, 31), null, 4),
        "licence", null, new ContractTerm(new DateOnly(2026, 11, 1), new DateOnly(2029, 10, 31)), RenewalDecision.None, renewalDue, null, null, null, null, null,
        [Head, Step], [], null, [], null,
        new ContractView([], [.. (awaiting ?? []).Select(p => p.Side)], [.. (awaiting ?? []).Select(p => p.OrganizationId)], amendments ?? [], [], notice, []), [], can);

    private static AmendmentDto Pending(int number, params SigningParty[] awaiting) =>
        new(number, new DateOnly(2027, 1, 1), "Taux", null, null, DateTimeOffset.UnixEpoch, "Admin", null, [], [.. awaiting.Select(p => p.Side)], [.. awaiting.Select(p => p.OrganizationId)]);

    [Fact]
    public void A_draft_offers_each_reader_the_signature_of_their_own_party_while_it_is_awaited()
    {
        Assert.Equal([Head], ContractOffers.Of(Sheet(ContractStatus.Draft, HeadStaff, [Head, Step])).Sign);
        Assert.Empty(ContractOffers.Of(Sheet(ContractStatus.Draft, HeadStaff, [Step])).Sign);
        Assert.Equal([Step], ContractOffers.Of(Sheet(ContractStatus.Draft, StructureAdmin, [Step])).Sign);
        Assert.Empty(ContractOffers.Of(Sheet(ContractStatus.Draft, StructureMember, [Step])).Sign);
        Assert.Empty(ContractOffers.Of(Sheet(ContractStatus.Active, HeadStaff)).Sign);
    }

    [Fact]
    public void The_network_head_suspends_resumes_renews_and_amends_either_party_gives_notice_or_declines_renewal()
    {
        var active = ContractOffers.Of(Sheet(ContractStatus.Active, HeadStaff, renewalDue: new DateOnly(2029, 8, 2)));
        Assert.Equal((true, false, true, true, true, true), (active.Suspend, active.Resume, active.Terminate, active.Renew, active.DoNotRenew, active.ProposeAmendment));
        var suspended = ContractOffers.Of(Sheet(ContractStatus.Suspended, HeadStaff));
        Assert.Equal((false, true, false, false), (suspended.Suspend, suspended.Resume, suspended.Renew, suspended.DoNotRenew));

        var structure = ContractOffers.Of(Sheet(ContractStatus.Active, StructureAdmin, renewalDue: new DateOnly(2029, 8, 2)));
        Assert.Equal((false, false, true, false, true, false), (structure.Suspend, structure.Resume, structure.Terminate, structure.Renew, structure.DoNotRenew, structure.ProposeAmendment));
        var member = ContractOffers.Of(Sheet(ContractStatus.Active, StructureMember, renewalDue: new DateOnly(2029, 8, 2)));
        Assert.Equal((false, false, false, false), (member.Terminate, member.DoNotRenew, member.Attach, member.TickExit));
    }

    [Fact]
    public void Notice_once_given_and_a_pending_amendment_close_what_they_would_repeat()
    {
        var noticed = ContractOffers.Of(Sheet(ContractStatus.Active, HeadStaff, notice: new NoticeDto(new DateOnly(2027, 3, 1), null, ContractParty.Grantor, "Admin", "Impayés")));
        Assert.False(noticed.Terminate);

        var amending = ContractOffers.Of(Sheet(ContractStatus.Active, StructureAdmin, amendments: [Pending(1, Step)]));
        Assert.Equal([(1, Step)], amending.SignAmendment);
        Assert.Empty(amending.WithdrawAmendment);
        var proposing = ContractOffers.Of(Sheet(ContractStatus.Active, HeadStaff, amendments: [Pending(1, Step)]));
        Assert.False(proposing.ProposeAmendment);
        Assert.Equal([1], proposing.WithdrawAmendment);
        Assert.Empty(proposing.SignAmendment);
    }
}
