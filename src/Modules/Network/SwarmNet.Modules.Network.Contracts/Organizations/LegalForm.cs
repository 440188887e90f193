namespace SwarmNet.Modules.Network.Contracts.Organizations;

/// <summary>Legal forms met in the social and solidarity economy (ESS) and insertion by economic activity (IAE).</summary>
public enum LegalForm
{
    AssociationLoi1901,
    Scic,
    Scop,
    SasSarlEsus,
    EntrepriseInsertion,
    Aci,
    Etti,
    Ea,
    Other,
}
