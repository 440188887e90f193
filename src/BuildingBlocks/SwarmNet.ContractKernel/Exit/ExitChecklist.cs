namespace SwarmNet.ContractKernel.Exit;

/// <summary>One line of the exit checklist: what the exit terms planned, and whether it is done.</summary>
public sealed record ExitItemDto(string Item, string Label, string Detail, bool Done, DateTimeOffset? DoneAt, string? DoneBy, string? Note);

/// <summary>One line the exit checklist asks for: its code (the route's {item}), what it is, and what the terms say of it.</summary>
public sealed record ExitLine(string Item, string Label, string Detail);

/// <summary>The exit checklist's rules: its lines come from the exit terms and the module; it opens when the contract starts ending.</summary>
public static class ExitChecklist
{
    public static IReadOnlyList<(string Item, string Label, string Detail)> ItemsOf(ContractRecord contract) => contract.Exit?.ChecklistItems() ?? [];

    /// <summary>The exit terms' lines, then the module's own (<see cref="IContractKind.ExitLinesAsync"/>).</summary>
    public static async Task<IReadOnlyList<ExitLine>> LinesOfAsync<TKind>(TKind kind, ContractRecord contract, CancellationToken ct) where TKind : IContractKind =>
        ItemsOf(contract).Select(i => new ExitLine(i.Item, i.Label, i.Detail)).Concat(await kind.ExitLinesAsync(contract, ct)).ToList();

    /// <summary>Open from notice, a declined renewal or the end, so the parties prepare the exit before the last day.</summary>
    public static bool IsOpen(ContractRecord contract) =>
        contract.TerminatesOn is not null || contract.Status is ContractStatus.Terminated or ContractStatus.Expired
        || contract.RenewalDecision == RenewalDecision.DoNotRenew && contract.Status != ContractStatus.Draft;
}
