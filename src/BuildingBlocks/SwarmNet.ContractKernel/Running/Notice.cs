namespace SwarmNet.ContractKernel.Running;

/// <summary>The notice rules of a termination, pure so they are tested without a database.</summary>
public static class Notice
{
    /// <summary>The exit terms' notice, else the term's (a contract is signed with exit terms, so the first applies once running).</summary>
    public static int DaysOf(ContractRecord contract) => contract.Exit?.NoticeDays ?? contract.NoticeDays;

    /// <summary>The day the termination takes effect: the one asked, no earlier than today + notice, no later than the term's end.</summary>
    public static DateOnly Check(ContractRecord contract, DateOnly? asked, DateOnly today)
    {
        var days = DaysOf(contract);
        var earliest = today.AddDays(days);
        var on = asked ?? earliest;
        if (on < earliest)
            throw new InputValidationException("/on", Text.T(
                $"Préavis de {days} jours : la résiliation peut prendre effet au plus tôt le {earliest:dd/MM/yyyy}.",
                $"{days} days' notice: the termination can take effect on {earliest:yyyy-MM-dd} at the earliest."));
        if (contract.EndDate is { } end && on > end)
            throw new InputValidationException("/on", Text.T(
                $"Le contrat prend fin le {end:dd/MM/yyyy} : une résiliation ne peut prendre effet après ; refusez plutôt la reconduction.",
                $"The contract ends on {end:yyyy-MM-dd}: a termination cannot take effect after it; decline the renewal instead."));
        return on;
    }
}
