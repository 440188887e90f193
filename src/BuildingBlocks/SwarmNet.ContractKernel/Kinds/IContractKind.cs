using SwarmNet.ContractKernel.Exit;
using SwarmNet.ContractKernel.Parties;

namespace SwarmNet.ContractKernel.Kinds;

/// <summary>
/// A contract module's part in the kernel: implemented once per module (LicenceKind…) and registered with
/// <c>AddContractKernel&lt;TKind&gt;()</c>. The kernel then gives the module signing, parties, history, documents,
/// amendments, exit, templates and the daily lifecycle job over the module's own tables.
/// </summary>
public interface IContractKind
{
    static abstract ContractKindInfo Info { get; }

    /// <summary>The module's own rules before a party signs (complete content, brand, exclusivity), as field errors.</summary>
    Task CheckBeforeSigningAsync(ContractRecord contract, Actor actor, List<FieldError> errors, CancellationToken ct);

    /// <summary>The kind's own content as plain lines for its parties (brand, territory…); none unless the kind says.</summary>
    Task<IReadOnlyList<AnyKind.ContentLine>> DescribeAsync(ContractRecord contract, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<AnyKind.ContentLine>>([]);

    /// <summary>
    /// The parties that sign the contract, each once, the grantor's side first (docs/adr/0130). By default the grantor and the
    /// grantee; a partnership lists its partners, its lead partner on the grantor's side.
    /// </summary>
    Task<IReadOnlyList<SigningParty>> PartiesAsync(ContractRecord contract, CancellationToken ct) => Task.FromResult(SigningParty.GrantorAndGrantee(contract));

    /// <summary>Writes the module's integration event for the fact to the outbox, in the command's transaction.</summary>
    Task AnnounceAsync(ContractRecord contract, ContractFact fact, CancellationToken ct);

    /// <summary>
    /// Lines the module adds to the exit checklist beyond the exit terms' three (an affiliation's distinctive signs to
    /// return or remove, one each); none by default. Item codes must stay stable while the contract ends.
    /// </summary>
    Task<IReadOnlyList<ExitLine>> ExitLinesAsync(ContractRecord contract, CancellationToken ct) => Task.FromResult<IReadOnlyList<ExitLine>>([]);
}
