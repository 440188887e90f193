namespace SwarmNet.Modules.Obligations.Contracts.Terms;

/// <summary>The words of the obligation-terms spec, as they appear in JSON.</summary>
public static class ObligationVocabulary
{
    public const string Grantee = "grantee";
    public const string Grantor = "grantor";

    public const string Once = "once";
    public const string Monthly = "monthly";
    public const string Quarterly = "quarterly";
    public const string Annually = "annually";
    public const string AfterPeriodEnd = "afterPeriodEnd";

    public static readonly IReadOnlyList<string> Categories =
        ["reporting", "payment", "compliance", "training", "insurance", "audit", "governance", "impact"];

    public static readonly IReadOnlyList<string> Evidence = ["none", "file", "indicators", "declaration"];

    public static readonly IReadOnlyList<string> ScheduleKinds = [Once, Monthly, Quarterly, Annually, AfterPeriodEnd];

    public const int MaxCodeLength = 20;
    public const int MaxTitleLength = 150;
    public const int MaxDescriptionLength = 2000;
    public const int MaxReminders = 5;
    public const int MaxDaysAfter = 90;

    /// <summary>Not in the spec: a one-off obligation falls within ten years of the effective date (docs/adr/0040).</summary>
    public const int MaxDaysAfterEffective = 3660;
}
