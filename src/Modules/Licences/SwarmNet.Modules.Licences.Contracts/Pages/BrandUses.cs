using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Licences.Contracts.Pages;

/// <summary>
/// The brand uses submitted under a licence, newest first, for its parties; what the reader may do with them (the module's
/// rules: the licensee submits under a licence in force, the licensor's staff decide) and the kinds a use may be of.
/// </summary>
public sealed record GetLicenceBrandUses(Guid LicenceId) : IQuery<LicenceBrandUses>;

public sealed record LicenceBrandUses(bool CanSubmit, bool CanDecide, IReadOnlyList<BrandUseKindChoice> Kinds, IReadOnlyList<BrandUseLine> Uses);

/// <summary>A kind of use: <see cref="Code"/> as <see cref="SubmitLicenceBrandUse"/> takes it, <see cref="Label"/> in the reader's language.</summary>
public sealed record BrandUseKindChoice(string Code, string Label);

/// <summary>One use (<see cref="Pending"/> until decided, then <see cref="Approved"/> or not); <see cref="KindLabel"/> and <see cref="StatusLabel"/> are the glossary's words in the reader's language.</summary>
public sealed record BrandUseLine(Guid Id, string KindLabel, string Description, string? FileReference, bool Pending, bool Approved, string StatusLabel,
    DateTimeOffset SubmittedAt, string SubmittedBy, DateTimeOffset? DecidedAt, string? DecidedBy, string? Comment);

/// <summary>The licensee submits a use of the brand; <see cref="Kind"/>: one of the codes <see cref="GetLicenceBrandUses"/> lists. Answers its id.</summary>
public sealed record SubmitLicenceBrandUse(Guid LicenceId, string? Kind, string? Description, string? FileReference) : ICommand<Guid>;

/// <summary>The licensor's staff approve a submitted use, or refuse it with a comment saying why.</summary>
public sealed record DecideLicenceBrandUse(Guid BrandUseId, bool Approve, string? Comment) : ICommand;
