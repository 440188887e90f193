global using MediatR;
global using SwarmNet.BuildingBlocks.Actors;
global using SwarmNet.BuildingBlocks.ContractLifecycle;
global using SwarmNet.BuildingBlocks.Errors;
global using SwarmNet.BuildingBlocks.Localization;
global using SwarmNet.BuildingBlocks.Messaging;
global using SwarmNet.ContractKernel.Kinds;
global using SwarmNet.ContractKernel.Records;
