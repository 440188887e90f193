namespace SwarmNet.Modules.Royalties.Engine;

/// <summary>What a line is booked to: redevance, fonds de communication, droits et frais.</summary>
internal enum Account
{
    Royalty,
    Marketing,
    Fee,
}
