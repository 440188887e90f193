global using SwarmNet.Modules.Royalties.Contracts.Receivables;
global using SwarmNet.Modules.Royalties.Contracts.Statements;
