// The requests and DTOs this module publishes for the pages and other modules (docs/adr/0110); their handlers live here.
global using SwarmNet.Modules.Royalties.Contracts.Receivables;
global using SwarmNet.Modules.Royalties.Contracts.Statements;
global using SwarmNet.Modules.Royalties.Contracts.Agreements;
global using SwarmNet.Modules.Royalties.Contracts.Declarations;
