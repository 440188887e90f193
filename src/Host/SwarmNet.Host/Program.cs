using SwarmNet.Host.Cli;

return await CommandLine.RunAsync(args);

/// <summary>Visible to WebApplicationFactory in the host tests.</summary>
public partial class Program;
