using SwarmNet.Modules.Network.Contracts.Candidacies;
using SwarmNet.Modules.Network.Domain;
using Xunit;
using S = SwarmNet.Modules.Network.Contracts.Candidacies.CandidacyStage;

namespace SwarmNet.Modules.Network.Tests;

public sealed class CandidacyStageTests
{
    [Theory]
    [InlineData(S.Lead, S.Qualification)]
    [InlineData(S.Qualification, S.Readiness)]
    [InlineData(S.Readiness, S.Contracting)]
    [InlineData(S.Contracting, S.Launched)]
    [InlineData(S.Readiness, S.Qualification)]
    [InlineData(S.Qualification, S.Lead)]
    [InlineData(S.Contracting, S.Readiness)]
    [InlineData(S.Lead, S.Declined)]
    [InlineData(S.Contracting, S.Withdrawn)]
    public void Allowed_moves(CandidacyStage from, CandidacyStage to) => Assert.True(CandidacyStages.CanMove(from, to));

    [Theory]
    [InlineData(S.Lead, S.Readiness)] // skips a stage
    [InlineData(S.Lead, S.Lead)]
    [InlineData(S.Launched, S.Contracting)] // launched is final
    [InlineData(S.Declined, S.Lead)]
    [InlineData(S.Withdrawn, S.Declined)]
    [InlineData(S.Readiness, S.Launched)]
    public void Refused_moves(CandidacyStage from, CandidacyStage to) => Assert.False(CandidacyStages.CanMove(from, to));

    [Fact]
    public void Readiness_is_checked_before_contracting_and_launch()
    {
        Assert.Equal([S.Contracting, S.Launched], Enum.GetValues<CandidacyStage>().Where(CandidacyStages.RequiresReadiness));
        Assert.Equal([S.Declined, S.Withdrawn], Enum.GetValues<CandidacyStage>().Where(CandidacyStages.IsClosing));
    }
}
