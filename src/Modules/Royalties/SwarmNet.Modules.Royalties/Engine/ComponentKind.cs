namespace SwarmNet.Modules.Royalties.Engine;

internal enum ComponentKind
{
    Percentage,
    Tiered,
    Fixed,
    OneOff,
}
