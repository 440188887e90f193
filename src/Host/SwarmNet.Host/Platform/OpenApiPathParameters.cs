using System.Text.RegularExpressions;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SwarmNet.Host.Platform;

/// <summary>
/// Declares the path parameters an operation does not bind itself: the contract kernel's routes read the contract's id
/// from their group's route (<c>/api/licences/{licenceId}/…</c>), so ApiExplorer does not see it, yet a client needs it.
/// </summary>
internal static partial class OpenApiPathParameters
{
    [GeneratedRegex(@"\{\*{0,2}(?<name>[A-Za-z_][A-Za-z0-9_]*)[^}]*\}")]
    private static partial Regex Placeholder();

    public static Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var path = context.Description.RelativePath ?? "";
        foreach (Match placeholder in Placeholder().Matches(path))
        {
            var name = placeholder.Groups["name"].Value;
            if (operation.Parameters?.Any(p => p.In == ParameterLocation.Path && string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)) == true)
                continue;
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = name, In = ParameterLocation.Path, Required = true,
                Schema = name.EndsWith("Id", StringComparison.Ordinal)
                    ? new OpenApiSchema { Type = JsonSchemaType.String, Format = "uuid" }
                    : new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }
        return Task.CompletedTask;
    }
}
