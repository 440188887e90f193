using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.ContractLifecycle;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.ContractKernel.Gates;
using SwarmNet.ContractKernel.Parties;
using SwarmNet.ContractKernel.Records;
using SwarmNet.ContractKernel.Signing;
using SwarmNet.Modules.Network.Contracts.Candidacies;
using SwarmNet.Modules.Royalties.Contracts.Terms;
using Xunit;

namespace SwarmNet.ContractKernel.Tests;

public sealed class GateTests
{
    private static ContractGateDto Gate(CandidacyStage? stage, params string[] open) =>
        new(stage is null ? null : Guid.CreateVersion7(), stage, open, DisclosureDto.NotGiven);

    [Fact]
    public void Readiness_lets_contracting_and_launched_candidacies_sign_and_names_what_blocks_the_others()
    {
        Assert.Empty(ReadinessGate.Check(Gate(CandidacyStage.Contracting), true));
        Assert.Empty(ReadinessGate.Check(Gate(CandidacyStage.Launched), false));
        Assert.Empty(ReadinessGate.Check(Gate(null), false)); // no candidacy in the network: a structure already there
        Assert.Equal("/candidacyId", Assert.Single(ReadinessGate.Check(Gate(null), true)).Path);
        var blocked = ReadinessGate.Check(Gate(CandidacyStage.Readiness, "Référent·e désigné·e", "Plan de financement"), true).ToList();
        Assert.Equal(["/candidacy/stage", "/candidacy/openMandatoryItems/0", "/candidacy/openMandatoryItems/1"], blocked.Select(e => e.Path));
        Assert.Contains("« préparation »", blocked[0].Message, StringComparison.Ordinal);
        Assert.Contains("« refusée »", Assert.Single(ReadinessGate.Check(Gate(CandidacyStage.Declined), true)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_disclosure_must_be_complete_and_twenty_full_days_old_and_no_sum_falls_due_before()
    {
        var given = new DisclosureDto(new DateOnly(2026, 11, 1), []);
        var fee = new RoyaltyTerms { Components = [new() { Type = "percentage" }, new() { Type = "oneOff", Date = new DateOnly(2026, 11, 15) }] };
        Assert.Empty(DisclosureGate.Check(given, null, new DateOnly(2026, 11, 22), "/content/royaltyTerms"));
        var tooSoon = DisclosureGate.Check(given, fee, new DateOnly(2026, 11, 21), "/content/royaltyTerms").ToList();
        Assert.Equal(["/disclosure", "/content/royaltyTerms/components/1/date"], tooSoon.Select(e => e.Path));
        Assert.Contains("Signature possible à partir du 22/11/2026.", tooSoon[0].Message, StringComparison.Ordinal);
        Assert.Equal("/disclosure", Assert.Single(DisclosureGate.Check(DisclosureDto.NotGiven, fee, new DateOnly(2027, 1, 1), "/royaltyTerms")).Path);
        Assert.Equal("/disclosure/missingHeadings/0", Assert.Single(DisclosureGate.Check(given with { MissingHeadings = ["Comptes annuels"] }, null,
            new DateOnly(2027, 1, 1), "/royaltyTerms")).Path);
    }

    [Fact]
    public void Each_party_signs_for_itself_and_a_platform_admin_for_nobody()
    {
        var contract = Records.Active();
        var head = new Actor(Guid.CreateVersion7(), "Admin", true, false, [new ActorMembership(Records.Head, Roles.NetworkStaff)]);
        var step = new Actor(Guid.CreateVersion7(), "Référente", true, false, [new ActorMembership(Records.Step, Roles.StructureAdmin)]);
        var member = new Actor(Guid.CreateVersion7(), "Membre", true, false, [new ActorMembership(Records.Step, Roles.StructureMember)]);
        var both = new Actor(Guid.CreateVersion7(), "Les deux", true, false, [new ActorMembership(Records.Head, Roles.NetworkAdmin), new ActorMembership(Records.Step, Roles.StructureAdmin)]);
        Assert.Equal(ContractParty.Grantor, Signatories.Resolve(head, contract, null, null, Records.Info).Side);
        Assert.Equal(ContractParty.Grantee, Signatories.Resolve(step, contract, null, null, Records.Info).Side);
        Assert.Throws<ForbiddenException>(() => Signatories.Resolve(member, contract, null, null, Records.Info));
        Assert.Throws<ForbiddenException>(() => Signatories.Resolve(Actor.System, contract, null, null, Records.Info));
        Assert.Throws<ForbiddenException>(() => Signatories.Resolve(step, contract, ContractParty.Grantor, null, Records.Info));
        Assert.Equal("/party", Assert.Single(Assert.Throws<InputValidationException>(() => Signatories.Resolve(both, contract, null, null, Records.Info)).Errors).Path);
        Assert.Equal(ContractParty.Grantee, Signatories.Resolve(both, contract, ContractParty.Grantee, null, Records.Info).Side);
        Assert.Equal(Records.Step, Signatories.Resolve(both, contract, null, Records.Step, Records.Info).OrganizationId);
    }

    [Fact]
    public void Among_n_parties_each_signs_for_its_own_organisation_and_the_contract_is_complete_when_all_have()
    {
        var (lead, host, funder) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        var contract = Records.Active(status: ContractStatus.Draft);
        contract.Parties =
        [
            new(ContractParty.Grantor, lead, "Simplon", "chef de file", SigningParty.HeadSignatories),
            new(ContractParty.Grantee, host, "STEP", "structure d'accueil", SigningParty.StructureSignatories),
            new(ContractParty.Grantee, funder, "Région", "financeur", SigningParty.SignatoriesOf(Modules.Network.Contracts.Organizations.OrganizationKind.Both)),
        ];
        var hostAdmin = new Actor(Guid.CreateVersion7(), "Référente", true, false, [new ActorMembership(host, Roles.StructureAdmin)]);
        var twoPartners = new Actor(Guid.CreateVersion7(), "Double", true, false, [new ActorMembership(host, Roles.StructureAdmin), new ActorMembership(funder, Roles.NetworkStaff)]);
        Assert.Equal(host, Signatories.Resolve(hostAdmin, contract, null, null, Records.Info).OrganizationId);
        Assert.Equal("/organizationId", Assert.Single(Assert.Throws<InputValidationException>(() =>
            Signatories.Resolve(twoPartners, contract, ContractParty.Grantee, null, Records.Info)).Errors).Path);
        Assert.Equal(funder, Signatories.Resolve(twoPartners, contract, null, funder, Records.Info).OrganizationId);
        Assert.Throws<ForbiddenException>(() => Signatories.Resolve(hostAdmin, contract, null, funder, Records.Info));

        SignedParty Signed(SigningParty p) => new() { Party = p.Side.ToString(), OrganizationId = p.OrganizationId, OrganizationName = p.Name };
        var (leadParty, hostParty, funderParty) = (contract.Parties[0], contract.Parties[1], contract.Parties[2]);
        Assert.False(Signatures<TestKind>.CompletedBy(contract, [Signed(leadParty)], hostParty));
        Assert.True(Signatures<TestKind>.CompletedBy(contract, [Signed(leadParty), Signed(funderParty)], hostParty));
        Assert.Equal(ContractParty.Grantee, ContractAccess.PartyOf(hostAdmin, contract)!.Side);
        Assert.False(ContractAccess.CanManage(hostAdmin, contract));
    }

    /// <summary>A kind for the signature rules, which read nothing of it but its type.</summary>
    private sealed class TestKind : Kinds.IContractKind
    {
        public static Kinds.ContractKindInfo Info => Records.Info;

        public Task CheckBeforeSigningAsync(ContractRecord contract, Actor actor, List<FieldError> errors, CancellationToken ct) => Task.CompletedTask;

        public Task AnnounceAsync(ContractRecord contract, Kinds.ContractFact fact, CancellationToken ct) => Task.CompletedTask;
    }
}
