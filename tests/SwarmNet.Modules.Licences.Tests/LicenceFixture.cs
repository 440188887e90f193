using SwarmNet.Modules.Licences.Domain;
using SwarmNet.Modules.Licences.Drafting;
using SwarmNet.Modules.Licences.Reading;
using SwarmNet.Testing;

namespace SwarmNet.Modules.Licences.Tests;

/// <summary>What the licence scenarios add to the shared <see cref="NetworkFixture"/>: drafting as the network's staff.</summary>
internal static class LicenceFixture
{
    public static Task<LicenceDto> DraftAsync(this NetworkFixture f, TestServices services, Guid licensee, LicenceContent content, Guid? candidacyId = null) =>
        services.SendAsync(new DraftLicence(f.Head.Id, licensee, f.Network.Id, candidacyId, content), f.HeadStaff);
}
