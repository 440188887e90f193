global using SwarmNet.Modules.Royalties.Contracts.Receivables;
global using SwarmNet.Modules.Royalties.Contracts.Statements;
global using SwarmNet.Modules.Royalties.Contracts.Agreements;
global using SwarmNet.Modules.Royalties.Contracts.Declarations;
