using Microsoft.AspNetCore.Builder;
using Microsoft.OpenApi;
using SwarmNet.BuildingBlocks.Documents;

namespace SwarmNet.ContractKernel.Http;

/// <summary>
/// Describes a document upload in the OpenAPI document: the endpoint reads the request itself (multipart or raw body,
/// see <see cref="DocumentUploads"/>), so nothing is inferred and the body is written here.
/// </summary>
internal static class UploadDescription
{
    public static RouteHandlerBuilder DescribeUpload(this RouteHandlerBuilder builder) => builder.AddOpenApiOperationTransformer((operation, _, _) =>
    {
        var file = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" };
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = Text.T("Le fichier, en multipart/form-data (champ « file ») ou comme corps brut (son type en Content-Type, ?fileName=). 10 Mo au plus.",
                "The file, as multipart/form-data (field 'file') or as the raw body (its type as Content-Type, ?fileName=). 10 MB at most."),
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["multipart/form-data"] = new()
                {
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Properties = new Dictionary<string, IOpenApiSchema> { [DocumentUploads.FileField] = file },
                        Required = new HashSet<string> { DocumentUploads.FileField },
                    },
                },
                ["application/pdf"] = new() { Schema = file },
                ["image/png"] = new() { Schema = file },
                ["image/jpeg"] = new() { Schema = file },
            },
        };
        return Task.CompletedTask;
    });
}
