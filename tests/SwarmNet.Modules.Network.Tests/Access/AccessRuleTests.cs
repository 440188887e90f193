using Microsoft.AspNetCore.Identity;
using SwarmNet.Modules.Network.Access.Rules;
using SwarmNet.Modules.Network.Access.Users;
using SwarmNet.Modules.Network.Contracts.Access;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Modules.Network.Tests.Access;

/// <summary>The access rules without a database: lockout, passwords, secret tokens.</summary>
public sealed class AccessRuleTests
{
    private static readonly DateTimeOffset Now = ManualClock.DefaultStart;

    [Fact]
    public void Four_failures_count_and_the_fifth_locks_for_fifteen_minutes()
    {
        var failures = 0;
        for (var i = 1; i <= 4; i++)
        {
            (failures, var locked) = SignInLockout.AfterFailure(failures, Now);
            Assert.Equal(i, failures);
            Assert.Null(locked);
        }

        var (count, lockedUntil) = SignInLockout.AfterFailure(failures, Now);

        Assert.Equal(0, count);
        Assert.Equal(Now.AddMinutes(15), lockedUntil);
        Assert.True(SignInLockout.IsLocked(lockedUntil, Now.AddMinutes(14).AddSeconds(59)));
        Assert.False(SignInLockout.IsLocked(lockedUntil, Now.AddMinutes(15)));
        Assert.False(SignInLockout.IsLocked(null, Now));
    }

    [Fact]
    public void Passwords_are_salted_hashes_that_verify()
    {
        var first = Passwords.Hash("un mot de passe de test");
        var second = Passwords.Hash("un mot de passe de test");

        Assert.NotEqual(first, second);
        Assert.DoesNotContain("mot de passe", first, StringComparison.Ordinal);
        Assert.Equal(PasswordVerificationResult.Success, Passwords.Verify(first, "un mot de passe de test"));
        Assert.Equal(PasswordVerificationResult.Failed, Passwords.Verify(first, "un mot de passe de tesT"));
        Assert.Equal(PasswordVerificationResult.Failed, Passwords.Verify(null, "un mot de passe de test"));
    }

    [Theory]
    [InlineData("court", false)]
    [InlineData("onze carac.", false)]
    [InlineData("douze caract", true)]
    public void A_password_needs_twelve_characters(string password, bool valid)
    {
        var result = new ProvisionUserValidator().Validate(new ProvisionUser("a@b.invalid", "A", password));
        Assert.Equal(valid, result.Errors.All(e => e.PropertyName != nameof(ProvisionUser.Password)));
    }

    [Fact]
    public void Secret_tokens_are_random_prefixed_and_stored_as_sha256()
    {
        var token = SecretTokens.New(SecretTokens.ApiTokenPrefix);

        Assert.StartsWith("swn_", token, StringComparison.Ordinal);
        Assert.NotEqual(token, SecretTokens.New(SecretTokens.ApiTokenPrefix));
        Assert.True(SecretTokens.LooksLike(token, SecretTokens.ApiTokenPrefix));
        Assert.False(SecretTokens.LooksLike(token, SecretTokens.InvitationPrefix));
        Assert.Matches("^[0-9a-f]{64}$", SecretTokens.Hash(token));
        Assert.Equal(SecretTokens.Hash(token), SecretTokens.Hash(token));
        // The well-known SHA-256 of "abc", so the stored format is the standard one.
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", SecretTokens.Hash("abc"));
    }
}
