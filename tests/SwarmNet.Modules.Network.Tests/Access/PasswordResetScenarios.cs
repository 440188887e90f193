using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Mail;
using SwarmNet.Modules.Network.Contracts.Access;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Modules.Network.Tests.Access;

/// <summary>"I forgot my password": a single-use link that expires, stored hashed, the same answer for any e-mail.</summary>
public abstract class PasswordResetScenarios : IAsyncLifetime
{
    private const string Email = "oubli@tests.invalid";
    private const string NewPassword = "un tout nouveau mot de passe";
    private readonly CapturedEmails _mail = new();
    private TestDatabase _database = null!;
    private TestServices _services = null!;

    protected abstract DatabaseProvider Provider { get; }

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(Provider);
        _services = await TestServices.StartAsync(_database, s => s.AddSingleton<IMailTransport>(_mail).AddNetworkModule());
        await _services.SendAsync(new ProvisionUser(Email, "Oubli", AccessHttp.Password));
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    /// <summary>Mail leaves after the commit: send what is queued, then read the link the person got.</summary>
    private async Task<string> ResetTokenAsync()
    {
        await _services.Get<MailDispatcher>().SendPendingAsync();
        return _mail.LastResetToken(Email);
    }

    private async Task<bool> SignsInAsync(string password) => (await _services.SendAsync(new SignIn(Email, password))).UserId is not null;

    [DbFact]
    public async Task The_link_sets_a_new_password_once_and_is_stored_only_hashed()
    {
        await _services.SendAsync(new RequestPasswordReset(" Oubli@Tests.invalid"));
        var token = await ResetTokenAsync();
        Assert.StartsWith("pwr_", token, StringComparison.Ordinal);
        Assert.Empty(await _services.QueryAsync<string>("SELECT id FROM network_password_resets WHERE token_hash = @Token", new { Token = token }));

        await _services.SendAsync(new ResetPassword(token, NewPassword));

        Assert.True(await SignsInAsync(NewPassword));
        Assert.False(await SignsInAsync(AccessHttp.Password));
        await Assert.ThrowsAsync<NotFoundException>(() => _services.SendAsync(new ResetPassword(token, "encore un autre mot de passe")));
        Assert.True(await SignsInAsync(NewPassword));
    }

    [DbFact]
    public async Task An_unknown_e_mail_gets_the_same_answer_and_no_mail()
    {
        await _services.SendAsync(new RequestPasswordReset("personne@tests.invalid"));
        await _services.Get<MailDispatcher>().SendPendingAsync();
        Assert.Empty(_mail.Sent);
    }

    [DbFact]
    public async Task The_link_expires_after_an_hour_and_a_newer_one_replaces_it()
    {
        await _services.SendAsync(new RequestPasswordReset(Email));
        var first = await ResetTokenAsync();
        await _services.SendAsync(new RequestPasswordReset(Email));
        var second = await ResetTokenAsync();
        await Assert.ThrowsAsync<NotFoundException>(() => _services.SendAsync(new ResetPassword(first, NewPassword)));

        _services.Clock.Advance(TimeSpan.FromMinutes(61));
        await Assert.ThrowsAsync<NotFoundException>(() => _services.SendAsync(new ResetPassword(second, NewPassword)));
        Assert.True(await SignsInAsync(AccessHttp.Password));
    }

    [DbFact]
    public async Task A_reset_ends_every_session_of_the_account_and_a_short_password_is_refused()
    {
        var before = await _services.SendAsync(new SignIn(Email, AccessHttp.Password));
        await _services.SendAsync(new RequestPasswordReset(Email));
        var token = await ResetTokenAsync();

        var refused = await Assert.ThrowsAsync<InputValidationException>(() => _services.SendAsync(new ResetPassword(token, "court")));
        Assert.Equal("/newPassword", Assert.Single(refused.Errors).Path);
        Assert.NotNull(await _services.SendAsync(new LoadActor(before.UserId!.Value, before.SessionId)));

        await _services.SendAsync(new ResetPassword(token, NewPassword));
        Assert.Null(await _services.SendAsync(new LoadActor(before.UserId!.Value, before.SessionId)));
        Assert.True(await SignsInAsync(NewPassword));
    }
}

public sealed class SqlitePasswordResetTests : PasswordResetScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[RequiresSqlServer]
public sealed class SqlServerPasswordResetTests : PasswordResetScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.SqlServer;
}
