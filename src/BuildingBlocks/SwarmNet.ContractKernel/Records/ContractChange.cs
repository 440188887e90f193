namespace SwarmNet.ContractKernel.Records;

/// <summary>What a kernel command answers: the contract's new version and status (the module's endpoint then reads its own view).</summary>
public sealed record ContractChange(Guid Id, int Version, ContractStatus Status);
