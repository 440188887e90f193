namespace SwarmNet.ContractKernel.Records;

/// <summary>The two sides of every contract: the network head that grants, the local structure that receives.</summary>
public enum ContractParty
{
    Grantor,
    Grantee,
}
