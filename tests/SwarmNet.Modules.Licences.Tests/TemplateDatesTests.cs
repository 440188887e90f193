using SwarmNet.BuildingBlocks.ContractLifecycle;
using SwarmNet.ContractKernel.Templates;
using Xunit;

namespace SwarmNet.Modules.Licences.Tests;

public sealed class TemplateDatesTests
{
    [Fact]
    public void Royalty_dates_move_with_the_licence_keeping_their_offsets()
    {
        var pattern = LicenceSamples.Royalties(new DateOnly(2025, 1, 1)) with { EndDate = new DateOnly(2025, 12, 31) };
        pattern = pattern with { Components = [pattern.Components![0], pattern.Components[1] with { Date = new DateOnly(2025, 1, 31) }] };

        var rebased = TemplateDates.Rebase(pattern, new ContractTerm(new DateOnly(2027, 3, 1), null));

        Assert.Equal((new DateOnly(2027, 3, 1), (DateOnly?)null), (rebased.EffectiveDate!.Value, rebased.EndDate));
        Assert.Null(rebased.Components![0].Date);
        Assert.Equal(new DateOnly(2027, 3, 31), rebased.Components[1].Date);
    }
}
