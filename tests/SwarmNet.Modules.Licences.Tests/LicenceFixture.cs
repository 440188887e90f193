using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.ContractKernel.Records;
using SwarmNet.ContractKernel.Signing;
using SwarmNet.Modules.Licences.Domain;
using SwarmNet.Modules.Licences.Drafting;
using SwarmNet.Modules.Licences.Reading;
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
}
