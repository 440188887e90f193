namespace SwarmNet.BuildingBlocks.Errors;

/// <summary>One invalid input, named by the JSON pointer of the most specific field (RFC 6901), e.g. "/terms/vatRate".</summary>
public sealed record FieldError(string Path, string Message);
