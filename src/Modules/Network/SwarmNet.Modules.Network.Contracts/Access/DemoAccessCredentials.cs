namespace SwarmNet.Modules.Network.Contracts.Access;

/// <summary>
/// Filled by the demo seeder when it creates the demo accounts, so that whoever ran the seeding prints the one
/// random password once (stdout of seed-demo, or the start-up log). Empty when the accounts already existed.
/// </summary>
public sealed class DemoAccessCredentials
{
    public string? Password { get; set; }

    public List<string> Emails { get; } = [];
}
