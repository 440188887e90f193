using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.ContractKernel.Gates;
using SwarmNet.ContractKernel.Parties;
using SwarmNet.ContractKernel.Records;
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
        Assert.Equal(ContractParty.Grantor, Signatories.Resolve(head, contract, null, Records.Info.Noun));
        Assert.Equal(ContractParty.Grantee, Signatories.Resolve(step, contract, null, Records.Info.Noun));
        Assert.Throws<ForbiddenException>(() => Signatories.Resolve(member, contract, null, Records.Info.Noun));
        Assert.Throws<ForbiddenException>(() => Signatories.Resolve(Actor.System, contract, null, Records.Info.Noun));
        Assert.Throws<ForbiddenException>(() => Signatories.Resolve(step, contract, ContractParty.Grantor, Records.Info.Noun));
        Assert.Equal("/party", Assert.Single(Assert.Throws<InputValidationException>(() => Signatories.Resolve(both, contract, null, Records.Info.Noun)).Errors).Path);
        Assert.Equal(ContractParty.Grantee, Signatories.Resolve(both, contract, ContractParty.Grantee, Records.Info.Noun));
    }
}
