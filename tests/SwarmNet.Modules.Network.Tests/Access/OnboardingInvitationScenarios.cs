using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Mail;
using SwarmNet.Modules.Network.Access.Invitations;
using SwarmNet.Modules.Network.Access.Members;
using SwarmNet.Modules.Network.Contracts.Access;
using SwarmNet.Modules.Network.Contracts.Candidacies;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Modules.Network.Tests.Access;

/// <summary>The network head invites the first people of a structure it onboards, with the roles a structure has; then the structure takes over.</summary>
public abstract class OnboardingInvitationScenarios : IAsyncLifetime
{
    private readonly CapturedEmails _mail = new();
    private TestDatabase _database = null!;
    private TestServices _services = null!;
    private NetworkFixture _f = null!;

    protected abstract DatabaseProvider Provider { get; }

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(Provider);
        _services = await TestServices.StartAsync(_database, s => s.AddSingleton<IMailTransport>(_mail).AddNetworkModule());
        _f = await NetworkFixture.CreateAsync(_services);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    private Task<CandidacyDto> OpenAsync(Guid structureId) =>
        _services.SendAsync(new OpenCandidacy(_f.Network.Id, structureId, "Livraison à vélo cargo", "Pau"), _f.HeadStaff);

    [DbFact]
    public async Task The_network_head_invites_the_first_users_of_a_structure_it_onboards()
    {
        await OpenAsync(_f.Step.Id);

        var invited = await _services.SendAsync(new InviteMember(_f.Step.Id, "direction@step.invalid", Roles.StructureAdmin), _f.HeadStaff);
        await _services.SendAsync(new InviteMember(_f.Step.Id, "equipe@step.invalid", Roles.StructureMember), _f.HeadAdmin);

        Assert.Equal((_f.Step.Id, Roles.StructureAdmin), (invited.OrganizationId, invited.Role));
        await _services.Get<MailDispatcher>().SendPendingAsync();
        var mail = _mail.Sent.Single(m => m.To.Mailboxes.Any(a => a.Address == "direction@step.invalid")).TextBody;
        Assert.Contains("Chargée de réseau vous invite à rejoindre STEP", mail, StringComparison.Ordinal);
        Assert.Contains("(rôle : administrateur·rice de la structure)", mail, StringComparison.Ordinal);
        Assert.Equal(2, (await _services.SendAsync(new ListInvitations(_f.Step.Id), _f.HeadStaff)).Total);
        await _services.SendAsync(new RevokeInvitation(_f.Step.Id, invited.Id), _f.HeadStaff);
    }

    [DbFact]
    public async Task Roles_offered_match_the_kind_of_organisation()
    {
        await OpenAsync(_f.Step.Id);

        var refused = await Assert.ThrowsAsync<InputValidationException>(() =>
            _services.SendAsync(new InviteMember(_f.Step.Id, "x@step.invalid", Roles.NetworkAdmin), _f.HeadStaff));
        Assert.Equal("/role", Assert.Single(refused.Errors).Path);
        Assert.Contains("StructureAdmin (administrateur·rice de la structure)", refused.Errors[0].Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<InputValidationException>(() =>
            _services.SendAsync(new InviteMember(_f.Head.Id, "x@triporteurs.invalid", Roles.StructureMember), _f.HeadAdmin));
        var admin = await _services.SendAsync(new ProvisionUser("admin@step.invalid", "Admin STEP", AccessHttp.Password, false,
            [new ActorMembership(_f.Step.Id, Roles.StructureAdmin)]));
        await Assert.ThrowsAsync<InputValidationException>(() =>
            _services.SendAsync(new ChangeMemberRole(_f.Step.Id, admin, Roles.Accountant), _f.StepAdmin));
    }

    [DbFact]
    public async Task Only_while_onboarding_and_before_the_structure_has_an_admin()
    {
        await Assert.ThrowsAsync<NotFoundException>(() =>
            _services.SendAsync(new InviteMember(_f.Other.Id, "x@rmp.invalid", Roles.StructureAdmin), _f.HeadStaff));
        var other = await OpenAsync(_f.Other.Id);
        await _services.SendAsync(new MoveCandidacy(other.Id, CandidacyStage.Declined, Reason: "Pas de local"), _f.HeadStaff);
        await Assert.ThrowsAsync<NotFoundException>(() =>
            _services.SendAsync(new InviteMember(_f.Other.Id, "x@rmp.invalid", Roles.StructureAdmin), _f.HeadStaff));

        await OpenAsync(_f.Step.Id);
        await Assert.ThrowsAsync<NotFoundException>(() =>
            _services.SendAsync(new InviteMember(_f.Step.Id, "x@step.invalid", Roles.StructureAdmin), _f.OutsiderAdmin));
        await _services.SendAsync(new ProvisionUser("admin@step.invalid", "Admin STEP", AccessHttp.Password, false,
            [new ActorMembership(_f.Step.Id, Roles.StructureAdmin)]));
        await Assert.ThrowsAsync<ForbiddenException>(() =>
            _services.SendAsync(new InviteMember(_f.Step.Id, "x@step.invalid", Roles.StructureMember), _f.HeadStaff));
    }
}

public sealed class SqliteOnboardingInvitationTests : OnboardingInvitationScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[RequiresSqlServer]
public sealed class SqlServerOnboardingInvitationTests : OnboardingInvitationScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.SqlServer;
}
