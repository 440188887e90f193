using SwarmNet.BuildingBlocks.Localization;

namespace SwarmNet.Modules.Royalties.Contracts.Statements;

/// <summary>Draft → InReview → Approved → Issued → Paid; from Approved on, the database refuses any change of figures.</summary>
public static class StatementStates
{
    public const string Draft = "Draft";
    public const string InReview = "InReview";
    public const string Approved = "Approved";
    public const string Issued = "Issued";
    public const string Paid = "Paid";

    public static readonly string[] All = [Draft, InReview, Approved, Issued, Paid];

    public static bool IsFrozen(string state) => state is Approved or Issued or Paid;

    /// <summary>The glossary's French label (brouillon, en revue, approuvé, émis, payé), English on request.</summary>
    public static string Label(string state, bool partlyPaid = false) => state switch
    {
        Draft => Text.T("brouillon", "draft"),
        InReview => Text.T("en revue", "in review"),
        Approved => Text.T("approuvé", "approved"),
        Issued when partlyPaid => Text.T("partiellement payé", "partly paid"),
        Issued => Text.T("émis", "issued"),
        _ => Text.T("payé", "paid"),
    };
}

/// <summary>What a statement bills: a period, the differences a correction makes (section 7), or late-payment charges.</summary>
public static class StatementKinds
{
    public const string Period = "period";
    public const string Adjustment = "adjustment";
    public const string LatePayment = "latePayment";

    public static readonly string[] All = [Period, Adjustment, LatePayment];

    /// <summary>The glossary's words: a period's statement, a régularisation (credit or debit note), late-payment charges.</summary>
    public static string Label(string kind) => kind switch
    {
        Adjustment => Text.T("régularisation", "adjustment"),
        LatePayment => Text.T("pénalités de retard", "late-payment charges"),
        _ => Text.T("période", "period"),
    };
}
