namespace SwarmNet.ContractKernel.AnyKind;

/// <summary>
/// What a party asks of a contract, whatever its kind: <see cref="ActOnContract"/> turns each into the kind's own command
/// (<c>SignContract&lt;LicenceKind&gt;</c>…), so a page or a script written once serves licences, affiliations and
/// partnerships alike. The rules stay in those commands.
/// </summary>
public abstract record ContractAction;

/// <summary>Signs for one party: by side and organisation (a partnership has several on the grantee's side), or the only one the reader signs for.</summary>
public sealed record SignAction(int Version, ContractParty? Party = null, Guid? OrganizationId = null) : ContractAction;

public sealed record SuspendAction(int Version, string? Reason) : ContractAction;

public sealed record ResumeAction(int Version) : ContractAction;

public sealed record TerminateAction(int Version, string? Ground, DateOnly? On = null) : ContractAction;

public sealed record DecideRenewalAction(int Version, RenewalDecision Decision) : ContractAction;

public sealed record ProposeAmendmentAction(int Version, DateOnly EffectiveDate, string? Summary) : ContractAction;

public sealed record SignAmendmentAction(int Number, int Version, ContractParty? Party = null, Guid? OrganizationId = null) : ContractAction;

public sealed record WithdrawAmendmentAction(int Number, int Version) : ContractAction;

public sealed record TickExitItemAction(string Item, bool Done, string? Note = null) : ContractAction;
