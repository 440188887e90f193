using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace SwarmNet.BuildingBlocks.Json;

/// <summary>
/// How every request body is read, set once on the host's JSON options (docs/adr/0054): a duplicate key (also
/// <c>Name</c>/<c>name</c>), a number sent as a string, a combined enum (<c>"a,b"</c>), a null where the type says
/// non-null and a missing field that has no default are all refused, each reported at its path.
/// </summary>
public static class StrictJson
{
    public static JsonSerializerOptions Apply(JsonSerializerOptions options)
    {
        options.AllowDuplicateProperties = false;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.RespectNullableAnnotations = true;
        options.Converters.Insert(0, new StrictEnumConverterFactory());
        options.TypeInfoResolver = (options.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(RequireFieldsWithoutDefault);
        return options;
    }

    /// <summary>Options for reading and writing outside the host (tests, CLI) that behave like the host's.</summary>
    public static JsonSerializerOptions CreateWebOptions() => Apply(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    // A constructor parameter without a default and of a non-nullable type is required: `{"name":"x"}` no longer
    // creates an organisation of a defaulted kind. Writing stays lenient: an answer never fails on a null.
    private static void RequireFieldsWithoutDefault(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
        {
            if (property is { AssociatedParameter: { HasDefaultValue: false, IsNullable: false }, Set: not null })
                property.IsRequired = true;
            if (!property.PropertyType.IsValueType || Nullable.GetUnderlyingType(property.PropertyType) is not null)
                property.IsGetNullable = true;
        }
    }
}
