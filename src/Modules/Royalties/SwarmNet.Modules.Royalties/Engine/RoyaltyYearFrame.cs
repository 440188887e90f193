namespace SwarmNet.Modules.Royalties.Engine;

/// <summary>Royalty year k: [Y_k, Y_{k+1}) lasts Days days, of which CoveredDays lie inside the contract's cover.</summary>
internal readonly record struct RoyaltyYearFrame(int Number, DateOnly Start, int Days, int CoveredDays);
