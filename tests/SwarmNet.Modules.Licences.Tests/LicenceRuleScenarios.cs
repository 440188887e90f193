using SwarmNet.BuildingBlocks.ContractLifecycle;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.ContractKernel.Records;
using SwarmNet.Modules.Licences.Domain;
using SwarmNet.Modules.Licences.Drafting;
using SwarmNet.Modules.Licences.Reading;
using SwarmNet.Modules.Network.Contracts.Candidacies;
using SwarmNet.Modules.Network.Contracts.Networks;
using SwarmNet.Modules.Network.Contracts.Organizations;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Modules.Licences.Tests;

/// <summary>What a licence must pass: its brand, its territory, each party's own signature, the candidacy's readiness, who may see what.</summary>
public abstract class LicenceRuleScenarios : LicenceScenarioBase
{
    [DbFact]
    public async Task An_overlapping_territory_is_refused_naming_the_rival_only_to_who_may_see_it()
    {
        var pau = await F.DraftAsync(Services, F.Step.Id, LicenceSamples.Pau(new DateOnly(2026, 11, 1)));
        await F.SignBothAsync(Services, pau);
        var bearn = LicenceSamples.Pau() with { Territory = new Territory([], ["64"], "Béarn"), Exclusive = false };

        var refused = await Assert.ThrowsAsync<InputValidationException>(() => F.DraftAsync(Services, F.Other.Id, bearn));
        var error = Assert.Single(refused.Errors);
        Assert.Equal("/content/territory", error.Path);
        Assert.Contains(pau.Id.ToString(), error.Message, StringComparison.Ordinal);
        Assert.Contains("STEP (« en vigueur »)", error.Message, StringComparison.Ordinal);
        Assert.Contains("64445", error.Message, StringComparison.Ordinal);

        // Roule Ma Poule, signing an exclusive draft that a licence signed since now overlaps, learns of a clash, not whose.
        var lescar = LicenceSamples.Pau() with { Territory = new Territory(["64335"], [], "Lescar") };
        var later = await F.DraftAsync(Services, F.Other.Id, lescar);
        var lescarForStep = await F.DraftAsync(Services, F.Step.Id, LicenceSamples.Pau(new DateOnly(2026, 11, 1)) with { Territory = lescar.Territory, Exclusive = false });
        await F.SignBothAsync(Services, lescarForStep);
        var hidden = await Assert.ThrowsAsync<InputValidationException>(() => Services.SignAsync(later.Id, later.Version, F.OtherAdmin()));
        var message = Assert.Single(hidden.Errors).Message;
        Assert.DoesNotContain("STEP", message, StringComparison.Ordinal);
        Assert.DoesNotContain(lescarForStep.Id.ToString(), message, StringComparison.Ordinal);
        Assert.Contains("64335", message, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task A_licence_grants_only_a_brand_of_the_grantors_own_network()
    {
        var foreign = LicenceSamples.Pau() with { Brand = LicenceSamples.Pau().Brand! with { Name = "La Conciergerie Solidaire" } };
        var refused = await Assert.ThrowsAsync<InputValidationException>(() => F.DraftAsync(Services, F.Step.Id, foreign));
        Assert.Equal("/content/brand/name", Assert.Single(refused.Errors).Path);

        // Another head's network lists the same brand name: its licences do not meet ours, the brand is each head's own.
        await Services.SendAsync(new CreateNetwork(F.Outsider.Id, "Ailleurs", ["Les Triporteurs"], null, null, null), F.OutsiderAdmin);
        var theirStructure = await Services.SendAsync(new RegisterOrganization("Vélos d'Ailleurs", OrganizationKind.LocalStructure, LegalForm.Scop, null, null, null,
            "Pau", OnBehalfOf: F.Outsider.Id));
        var ours = await F.DraftAsync(Services, F.Step.Id, LicenceSamples.Pau(new DateOnly(2026, 11, 1)));
        await F.SignBothAsync(Services, ours);
        var theirs = await Services.SendAsync(new DraftLicence(F.Outsider.Id, theirStructure.Id, null, null, LicenceSamples.Pau()), F.OutsiderAdmin);
        Assert.Equal(ContractStatus.Draft, theirs.Status);
    }

    [DbFact]
    public async Task Each_party_signs_with_its_own_account_and_an_edit_voids_a_signature_given()
    {
        var draft = await F.DraftAsync(Services, F.Step.Id, LicenceSamples.Pau() with { RoyaltyTerms = null });
        var noTerms = await Assert.ThrowsAsync<InputValidationException>(() => Services.SignAsync(draft.Id, draft.Version, F.HeadAdmin));
        Assert.Equal(["/content/royaltyTerms"], noTerms.Errors.Select(e => e.Path));
        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SignAsync(draft.Id, draft.Version, NetworkFixture.Person("Membre STEP", F.Step.Id,
            BuildingBlocks.Actors.Roles.StructureMember)));
        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SignAsync(draft.Id, draft.Version, BuildingBlocks.Actors.Actor.System));

        var edited = await Services.SendAsync(new UpdateLicenceDraft(draft.Id, draft.Version, LicenceSamples.Pau()), F.HeadStaff);
        Assert.Equal((2, "modifié : royaltyTerms"), (edited.Version, edited.History[^1].Details));
        await Assert.ThrowsAsync<ConflictException>(() => Services.SendAsync(new UpdateLicenceDraft(draft.Id, draft.Version, LicenceSamples.Pau()), F.HeadStaff));

        var licensee = await Services.SignAsync(draft.Id, edited.Version, F.StepAdmin);
        var awaiting = await Services.GetAsync(draft.Id);
        Assert.Equal(ContractStatus.Draft, awaiting.Status);
        Assert.Equal([ContractParty.Grantor], awaiting.AwaitingSignatureOf);
        var signature = Assert.Single(awaiting.Signatures);
        Assert.Equal((ContractParty.Grantee, "STEP", "Référente STEP"), (signature.Party, signature.OrganizationName, signature.SignedBy));
        Assert.Contains("Pour STEP (structure locale), par Référente STEP", awaiting.History[^1].Details, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ConflictException>(() => Services.SignAsync(draft.Id, licensee.Version, F.StepAdmin));

        var changed = await Services.SendAsync(new UpdateLicenceDraft(draft.Id, licensee.Version, LicenceSamples.Pau(exclusive: false)), F.HeadStaff);
        Assert.Empty(changed.Signatures);
        Assert.Equal(["edited", "signatureVoided"], changed.History.TakeLast(2).Select(h => h.Action));
        var signed = await F.SignBothAsync(Services, changed);
        Assert.Equal((ContractStatus.Signed, 2), (signed.Status, signed.Signatures.Count));
        await Assert.ThrowsAsync<ConflictException>(() => Services.SendAsync(new UpdateLicenceDraft(draft.Id, signed.Version, LicenceSamples.Pau()), F.HeadStaff));
        await Assert.ThrowsAsync<ConflictException>(() => Services.SignAsync(draft.Id, signed.Version, F.HeadStaff));
    }

    [DbFact]
    public async Task A_licence_for_a_candidacy_signs_only_once_the_candidacy_is_in_contracting()
    {
        var candidacy = await Services.SendAsync(new OpenCandidacy(F.Network.Id, F.Other.Id, "Livraison à vélo cargo", "Lyon 7e"), F.HeadStaff);
        candidacy = await Services.SendAsync(new MoveCandidacy(candidacy.Id, CandidacyStage.Qualification), F.HeadStaff);
        var lyon = LicenceSamples.Pau() with { Territory = new Territory(["69387"], [], null) };
        var draft = await F.DraftAsync(Services, F.Other.Id, lyon, candidacy.Id);

        var refused = await Assert.ThrowsAsync<InputValidationException>(() => Services.SignAsync(draft.Id, draft.Version, F.HeadAdmin));
        Assert.Contains("« qualification »", refused.Errors[0].Message, StringComparison.Ordinal);
        var open = candidacy.Checklist.Where(i => i.Mandatory).Select(i => i.Label).ToList();
        Assert.Equal(open.Count + 1, refused.Errors.Count(e => e.Path.StartsWith("/candidacy/", StringComparison.Ordinal)));
        Assert.Contains(refused.Errors, e => e.Path == "/disclosure"); // exclusive, and no DIP given on this candidacy yet
        Assert.All(open, label => Assert.Contains(refused.Errors, e => e.Message.EndsWith(label, StringComparison.Ordinal)));
        Assert.Equal(CandidacyStage.Qualification, (await Services.SendAsync(new GetCandidacy(candidacy.Id))).Stage);

        // Without naming it, the structure's candidacy in the network still gates the signature.
        var unnamed = await F.DraftAsync(Services, F.Other.Id, lyon with { Territory = new Territory(["69388"], [], null) });
        await Assert.ThrowsAsync<InputValidationException>(() => Services.SignAsync(unnamed.Id, unnamed.Version, F.HeadAdmin));

        await Services.ToContractingAsync(candidacy, F.HeadStaff);
        await Services.DiscloseAsync(F, candidacy.Id);
        Assert.Equal(ContractStatus.Signed, (await F.SignBothAsync(Services, draft)).Status);
    }

    [DbFact]
    public async Task An_exclusive_licence_signs_only_twenty_full_days_after_a_complete_disclosure_and_no_fee_falls_due_before()
    {
        var candidacy = await Services.SendAsync(new OpenCandidacy(F.Network.Id, F.Other.Id, "Livraison à vélo cargo", "Lyon 7e"), F.HeadStaff);
        await Services.ToContractingAsync(candidacy, F.HeadStaff);
        var lyon = LicenceSamples.Pau(new DateOnly(2026, 12, 1)) with { Territory = new Territory(["69387"], [], null) };
        var exclusive = await F.DraftAsync(Services, F.Other.Id, lyon, candidacy.Id);
        var plain = await F.DraftAsync(Services, F.Other.Id, lyon with { Exclusive = false, Territory = new Territory(["69388"], [], null) }, candidacy.Id);

        var missing = await Assert.ThrowsAsync<InputValidationException>(() => Services.SignAsync(exclusive.Id, exclusive.Version, F.HeadAdmin));
        Assert.Equal("/disclosure", Assert.Single(missing.Errors).Path);
        await Services.DiscloseAsync(F, candidacy.Id, daysAgo: 10, headings: 4);
        var incomplete = await Assert.ThrowsAsync<InputValidationException>(() => Services.SignAsync(exclusive.Id, exclusive.Version, F.HeadAdmin));
        Assert.Equal(["/disclosure/missingHeadings/0", "/disclosure", "/content/royaltyTerms/components/1/date"], incomplete.Errors.Select(e => e.Path));
        Assert.EndsWith("Signature possible à partir du 04/12/2026.", incomplete.Errors[1].Message, StringComparison.Ordinal);

        await Services.DiscloseAsync(F, candidacy.Id, daysAgo: 10); // complete, given on 13 November: signing from 4 December
        var early = await Assert.ThrowsAsync<InputValidationException>(() => Services.SignAsync(exclusive.Id, exclusive.Version, F.HeadAdmin));
        Assert.Equal(["/disclosure", "/content/royaltyTerms/components/1/date"], early.Errors.Select(e => e.Path)); // the entry fee is dated 1 December
        Assert.Equal(ContractStatus.Signed, (await F.SignBothAsync(Services, plain)).Status); // no exclusivity, no DIP gate

        Services.Clock.Advance(TimeSpan.FromDays(11)); // 4 December
        var fee = await Assert.ThrowsAsync<InputValidationException>(() => Services.SignAsync(exclusive.Id, exclusive.Version, F.HeadAdmin));
        Assert.Equal("/content/royaltyTerms/components/1/date", Assert.Single(fee.Errors).Path);
        var later = await Services.SendAsync(new UpdateLicenceDraft(exclusive.Id, exclusive.Version, lyon with
        {
            RoyaltyTerms = LicenceSamples.Royalties(new DateOnly(2026, 12, 1)) with
            {
                Components = [LicenceSamples.Royalties(new DateOnly(2026, 12, 1)).Components![0], LicenceSamples.Royalties(new DateOnly(2026, 12, 4)).Components![1]],
            },
        }), F.HeadStaff);
        Assert.Equal(ContractStatus.Active, (await F.SignBothAsync(Services, later)).Status);
    }

    [DbFact]
    public async Task The_parties_read_the_grantor_manages_and_others_do_not_see_it()
    {
        var draft = await F.DraftAsync(Services, F.Step.Id, LicenceSamples.Pau());
        Assert.Equal(draft.Id, (await Services.SendAsync(new GetLicence(draft.Id), F.StepAdmin)).Id);
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new GetLicence(draft.Id), F.OutsiderAdmin));
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SignAsync(draft.Id, draft.Version, F.OutsiderAdmin));
        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SendAsync(new UpdateLicenceDraft(draft.Id, draft.Version, LicenceSamples.Pau()), F.StepAdmin));
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new DraftLicence(F.Head.Id, F.Step.Id, null, null, LicenceSamples.Pau()), F.OutsiderAdmin));
        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SendAsync(new DraftLicence(F.Step.Id, F.Step.Id, null, null, LicenceSamples.Pau()), F.StepAdmin));

        Assert.Equal(1, (await Services.SendAsync(new ListLicences(), F.StepAdmin)).Total);
        Assert.Equal(0, (await Services.SendAsync(new ListLicences(), F.OutsiderAdmin)).Total);
        var wrongParties = await Assert.ThrowsAsync<InputValidationException>(() => Services.SendAsync(
            new DraftLicence(F.Head.Id, F.Outsider.Id, F.Network.Id, Guid.CreateVersion7(), LicenceSamples.Pau()), F.HeadAdmin));
        Assert.Equal(["/licenseeOrganizationId", "/candidacyId"], wrongParties.Errors.Select(e => e.Path));
    }
}

public sealed class SqliteLicenceRuleTests : LicenceRuleScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[RequiresSqlServer]
public sealed class SqlServerLicenceRuleTests : LicenceRuleScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.SqlServer;
}
