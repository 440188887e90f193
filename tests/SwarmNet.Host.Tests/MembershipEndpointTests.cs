using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Host.Tests;

/// <summary>Invitations, members and the last-admin rule, through HTTP, with e-mails read from the mail folder.</summary>
public sealed partial class MembershipEndpointTests : IAsyncLifetime
{
    private const string AdminEmail = "referente@tests.swarmnet.invalid";
    private readonly SwarmNetFactory _factory = new();
    private Guid _step;
    private Guid _adminId;
    private HttpClient _admin = null!;

    public async Task InitializeAsync()
    {
        _step = await _factory.OrganizationAsync("STEP");
        _adminId = await _factory.UserAsync(AdminEmail, false, new ActorMembership(_step, Roles.StructureAdmin));
        _admin = await _factory.ClientAsync(AdminEmail);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private string Members => $"/api/network/organizations/{_step}/members";

    private string Invitations => $"/api/network/organizations/{_step}/invitations";

    [Fact]
    public async Task An_invitation_link_creates_the_account_and_the_membership_once()
    {
        var invited = await _admin.PostAsJsonAsync(Invitations, new { email = "Nouvelle@Tests.SwarmNet.invalid", role = Roles.StructureMember });
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        var token = await TokenFromMailAsync("nouvelle@tests.swarmnet.invalid");

        var anonymous = _factory.CreateClient();
        var missing = await anonymous.PostAsJsonAsync("/api/auth/invitations/accept", new { token });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);

        var accepted = await anonymous.PostAsJsonAsync("/api/auth/invitations/accept",
            new { token, displayName = "Nouvelle salariée", password = AccessHttp.Password });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var answer = await accepted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(answer.GetProperty("signInRequired").GetBoolean());
        Assert.False(answer.TryGetProperty("accountCreated", out _));

        var again = await anonymous.PostAsJsonAsync("/api/auth/invitations/accept", new { token, displayName = "X", password = AccessHttp.Password });
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);

        var newcomer = await _factory.ClientAsync("nouvelle@tests.swarmnet.invalid");
        var members = await newcomer.GetFromJsonAsync<JsonElement>(Members);
        Assert.Equal(2, members.GetProperty("total").GetInt32());
        var listed = await _admin.GetFromJsonAsync<JsonElement>(Invitations);
        Assert.Equal("accepted", listed.GetProperty("items")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_existing_account_joins_only_signed_in_and_the_answer_hides_that_it_exists()
    {
        await _factory.UserAsync("deja@tests.swarmnet.invalid");
        await _admin.PostAsJsonAsync(Invitations, new { email = "deja@tests.swarmnet.invalid", role = Roles.StructureMember });
        await _admin.PostAsJsonAsync(Invitations, new { email = "personne@tests.swarmnet.invalid", role = Roles.StructureMember });
        var forExisting = await TokenFromMailAsync("deja@tests.swarmnet.invalid");
        var forNobody = await TokenFromMailAsync("personne@tests.swarmnet.invalid");
        var anonymous = _factory.CreateClient();

        var existing = await anonymous.PostAsJsonAsync("/api/auth/invitations/accept", new { token = forExisting, displayName = "Intrus", password = "le mot de passe de l'intrus" });
        var nobody = await anonymous.PostAsJsonAsync("/api/auth/invitations/accept", new { token = forNobody, displayName = "Personne", password = "le mot de passe de l'intrus" });

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (existing.StatusCode, nobody.StatusCode));
        Assert.Equal(await nobody.Content.ReadAsStringAsync(), await existing.Content.ReadAsStringAsync());
        var owner = await _factory.ClientAsync("deja@tests.swarmnet.invalid");
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync(Members)).StatusCode);
        var joined = await owner.PostAsJsonAsync("/api/auth/invitations/accept", new { token = forExisting });
        Assert.Equal(HttpStatusCode.OK, joined.StatusCode);
        Assert.False((await joined.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("signInRequired").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync(Members)).StatusCode);
    }

    [Fact]
    public async Task Members_who_are_not_admins_may_not_invite()
    {
        await _factory.UserAsync("membre@tests.swarmnet.invalid", false, new ActorMembership(_step, Roles.StructureMember));
        var member = await _factory.ClientAsync("membre@tests.swarmnet.invalid");

        var response = await member.PostAsJsonAsync(Invitations, new { email = "x@tests.swarmnet.invalid", role = Roles.StructureAdmin });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_last_admin_can_be_neither_demoted_nor_removed()
    {
        var demote = await _admin.PutAsJsonAsync($"{Members}/{_adminId}", new { role = Roles.StructureMember });
        Assert.Equal(HttpStatusCode.Conflict, demote.StatusCode);
        Assert.Contains("dernier administrateur", (await demote.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await _admin.DeleteAsync($"{Members}/{_adminId}")).StatusCode);

        var second = await _factory.UserAsync("second@tests.swarmnet.invalid", false, new ActorMembership(_step, Roles.StructureMember));
        Assert.Equal(HttpStatusCode.OK, (await _admin.PutAsJsonAsync($"{Members}/{second}", new { role = Roles.StructureAdmin })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await _admin.DeleteAsync($"{Members}/{_adminId}")).StatusCode);
    }

    [Fact]
    public async Task A_removed_member_loses_access_on_the_next_request()
    {
        var memberId = await _factory.UserAsync("membre@tests.swarmnet.invalid", false, new ActorMembership(_step, Roles.StructureMember));
        var member = await _factory.ClientAsync("membre@tests.swarmnet.invalid");
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync(Members)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await _admin.DeleteAsync($"{Members}/{memberId}")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync(Members)).StatusCode);
    }

    [Fact]
    public async Task An_outsider_gets_404_without_the_organisation_data()
    {
        var other = await _factory.OrganizationAsync("Les Triporteurs");
        await _factory.UserAsync("dehors@tests.swarmnet.invalid", false, new ActorMembership(other, Roles.NetworkAdmin));
        var outsider = await _factory.ClientAsync("dehors@tests.swarmnet.invalid");

        var response = await outsider.GetAsync(Members);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(AdminEmail, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<string> TokenFromMailAsync(string to) =>
        InvitationToken().Match((await _factory.MailToAsync(to)).TextBody ?? "").Groups[1].Value;

    [GeneratedRegex(@"token=(inv_[A-Za-z0-9_-]+)")]
    private static partial Regex InvitationToken();
}
