using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using SwarmNet.BuildingBlocks.Http;

namespace SwarmNet.Host.Platform;

/// <summary>Writes the multipart/form-data request body of the endpoints that carry <see cref="MultipartBodyMetadata"/>.</summary>
internal static class MultipartBodyTransformer
{
    public static async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata.OfType<MultipartBodyMetadata>().FirstOrDefault();
        if (metadata is null)
            return;
        var schema = await context.GetOrCreateSchemaAsync(metadata.FormType, null, ct);
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType> { ["multipart/form-data"] = new() { Schema = schema } },
        };
    }
}
