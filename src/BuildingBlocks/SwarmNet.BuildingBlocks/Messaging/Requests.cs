using MediatR;

namespace SwarmNet.BuildingBlocks.Messaging;

/// <summary>Marks a request that changes state: the pipeline runs it in one database transaction.</summary>
public interface ICommandMarker;

/// <summary>A state-changing request with a result.</summary>
public interface ICommand<out TResult> : IRequest<TResult>, ICommandMarker;

/// <summary>A state-changing request without a result (MediatR 5.1: IRequest = IRequest&lt;Unit&gt;).</summary>
public interface ICommand : IRequest, ICommandMarker;

/// <summary>
/// Marks a command whose commit must survive a power cut, not only a crash of the process: those that write money
/// or signatures. On SQLite its transaction commits with synchronous=FULL (about 10 ms more here; docs/adr/0053).
/// </summary>
public interface IDurableCommand : ICommandMarker;

/// <summary>A read-only request: no transaction, never writes.</summary>
public interface IQuery<out TResult> : IRequest<TResult>;
