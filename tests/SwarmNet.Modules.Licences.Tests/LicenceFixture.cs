using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.ContractKernel.Records;
using SwarmNet.ContractKernel.Signing;
using SwarmNet.Modules.Licences.Domain;
using SwarmNet.Modules.Licences.Drafting;
using SwarmNet.Modules.Licences.Reading;
using SwarmNet.BuildingBlocks.Documents;
using SwarmNet.Modules.Network.Contracts.Candidacies;
using SwarmNet.Modules.Network.Disclosures;
using SwarmNet.Modules.Network.Domain;
using SwarmNet.Testing;

namespace SwarmNet.Modules.Licences.Tests;

/// <summary>What the licence scenarios add to the shared <see cref="NetworkFixture"/>: drafting as the network's staff, signing as each party.</summary>
internal static class LicenceFixture
{
    public static Task<LicenceDto> DraftAsync(this NetworkFixture f, TestServices services, Guid licensee, LicenceContent content, Guid? candidacyId = null) =>
        services.SendAsync(new DraftLicence(f.Head.Id, licensee, f.Network.Id, candidacyId, content), f.HeadStaff);

    /// <summary>The admin of Roule Ma Poule, the fixture's second structure.</summary>
    public static Actor OtherAdmin(this NetworkFixture f) => NetworkFixture.Person("Gérante Roule Ma Poule", f.Other.Id, Roles.StructureAdmin);

    public static Task<ContractChange> SignAsync(this TestServices services, Guid licenceId, int version, Actor actor) =>
        services.SendAsync(new SignContract<LicenceKind>(licenceId, version), actor);

    /// <summary>The head's admin signs, then the licensee's admin: the licence is signed (or active once its date has come).</summary>
    public static async Task<LicenceDto> SignBothAsync(this NetworkFixture f, TestServices services, LicenceDto draft, Actor? licenseeAdmin = null)
    {
        var first = await services.SignAsync(draft.Id, draft.Version, f.HeadAdmin);
        var licensee = licenseeAdmin ?? (draft.LicenseeOrganizationId == f.Step.Id ? f.StepAdmin : f.OtherAdmin());
        await services.SignAsync(draft.Id, first.Version, licensee);
        return await services.GetAsync(draft.Id);
    }

    public static Task<LicenceDto> GetAsync(this TestServices services, Guid licenceId) => services.SendAsync(new GetLicence(licenceId));

    /// <summary>
    /// What a structure needs before an exclusive licence is signed: a candidacy in contracting, and a complete DIP given
    /// <paramref name="daysAgo"/> days ago (20 full days are needed, so 21 is the least that lets it sign today). By default
    /// three years ago, so that licences and fees dated in the past scenarios may be signed.
    /// </summary>
    public static async Task<CandidacyDto> ReadyAndDisclosedAsync(this NetworkFixture f, TestServices services, Guid structure, int daysAgo = 1100)
    {
        var candidacy = await services.SendAsync(new OpenCandidacy(f.Network.Id, structure, "Licence de marque", "Territoire"), f.HeadStaff);
        await services.DiscloseAsync(f, candidacy.Id, daysAgo);
        return await services.ToContractingAsync(candidacy, f.HeadStaff);
    }

    public static Task DiscloseAsync(this TestServices services, NetworkFixture f, Guid candidacyId, int daysAgo = 1100, int headings = 5)
    {
        var given = DateOnly.FromDateTime(services.Clock.GetUtcNow().UtcDateTime).AddDays(-daysAgo);
        var names = DisclosureHeadings.All.Take(headings).Select(h => char.ToLowerInvariant(h.ToString()[0]) + h.ToString()[1..]).ToList();
        return services.SendAsync(new RecordDisclosure(candidacyId, given, names, new UploadedFile("dip.pdf", "application/pdf", "%PDF-1.7 DIP"u8.ToArray())),
            f.HeadStaff);
    }
}
