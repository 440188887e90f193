using Microsoft.AspNetCore.Identity;
using SwarmNet.Modules.Network.Access;
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
    public void Three_failures_are_free_then_each_one_doubles_the_wait_up_to_fifteen_minutes()
    {
        var delays = Enumerable.Range(1, 16).Select(n => SignInThrottle.DelayAfter(n, SignInThrottle.FreeFailuresPerAddress).TotalSeconds).ToList();

        Assert.Equal([0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900, 900], delays);
    }

    [Fact]
    public void An_attacker_throttles_the_account_from_their_address_only()
    {
        var clock = new ManualClock();
        using var throttle = new SignInThrottle(clock, new AccessOptions());
        for (var i = 0; i < 10; i++)
            throttle.Failed("victime@tests.invalid", "203.0.113.9");

        Assert.Equal(TimeSpan.FromSeconds(64), throttle.RetryAfter("victime@tests.invalid", "203.0.113.9"));
        Assert.Equal(TimeSpan.Zero, throttle.RetryAfter("victime@tests.invalid", "198.51.100.7"));
        Assert.Equal(TimeSpan.Zero, throttle.RetryAfter("autre@tests.invalid", "203.0.113.9"));
        clock.Advance(TimeSpan.FromSeconds(64));
        Assert.Equal(TimeSpan.Zero, throttle.RetryAfter("victime@tests.invalid", "203.0.113.9"));
    }

    [Fact]
    public void Failures_from_many_addresses_throttle_the_account_everywhere_until_its_owner_succeeds()
    {
        var clock = new ManualClock();
        using var throttle = new SignInThrottle(clock, new AccessOptions());
        for (var i = 0; i < SignInThrottle.FreeFailuresPerAccount + 2; i++)
            throttle.Failed("victime@tests.invalid", $"203.0.113.{i}");

        Assert.Equal(TimeSpan.FromSeconds(2), throttle.RetryAfter("victime@tests.invalid", "198.51.100.7"));
        throttle.Succeeded("victime@tests.invalid", "198.51.100.7");
        Assert.Equal(TimeSpan.Zero, throttle.RetryAfter("victime@tests.invalid", "198.51.100.8"));
    }

    [Fact]
    public void An_address_spraying_one_guess_per_account_runs_out_of_its_minute_whatever_the_accounts()
    {
        var clock = new ManualClock(ManualClock.DefaultStart.AddSeconds(45)); // 15 s before the minute ends
        using var throttle = new SignInThrottle(clock, new AccessOptions { SignInAttemptsPerMinute = 3 });

        var spent = Enumerable.Range(0, 4).Select(_ => throttle.SpendAttempt("203.0.113.9")).ToList();

        Assert.Equal([TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.FromSeconds(15)], spent);
        Assert.Equal(TimeSpan.Zero, throttle.SpendAttempt("198.51.100.7"));
        clock.Advance(TimeSpan.FromSeconds(15));
        Assert.Equal(TimeSpan.Zero, throttle.SpendAttempt("203.0.113.9"));
    }

    [Theory]
    [InlineData("203.0.113.9", "203.0.113.9")]
    [InlineData("::ffff:203.0.113.9", "203.0.113.9")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    public void Client_addresses_count_per_ipv4_address_and_per_ipv6_network(string address, string expected) =>
        Assert.Equal(expected, ClientAddress.Of(System.Net.IPAddress.Parse(address)));

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
