using System.Text.Json;
using SwarmNet.Modules.Royalties.Simulation;
using Xunit;

namespace SwarmNet.Modules.Royalties.Tests;

/// <summary>Spec section 6 on the wire: field names and order, two-decimal amounts, null bases, bad JSON as an error.</summary>
public sealed class JsonTests
{
    [Fact]
    public void The_spec_example_prints_exactly_the_spec_shape()
    {
        var (json, errors) = SimulateRoyalties.RunJson(SpecExample.Input);
        Assert.Empty(errors);
        Assert.Equal(SpecExample.Output, SpecExample.Compact(json));
    }

    [Fact]
    public void Amounts_print_two_decimals_and_non_revenue_lines_print_a_null_base()
    {
        const string input = """
            { "terms": { "effectiveDate": "2024-01-01", "periodicity": "annual", "royaltyYear": "calendar", "vatRate": 0,
                         "components": [ { "type": "fixed", "label": "Frais", "account": "fee", "amount": 150 } ] },
              "until": "2024-06-30" }
            """;
        var (json, _) = SimulateRoyalties.RunJson(input);
        var line = SpecExample.Compact(json);
        Assert.Contains("""{"kind":"component","label":"Frais","account":"fee","base":null,"amount":150.00}""", line, StringComparison.Ordinal);
        Assert.Contains("\"declared\":false", line, StringComparison.Ordinal);
        Assert.Contains("\"vat\":0.00", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"terms":{"vatRate":"0.2"}}""", "/terms/vatRate")]
    [InlineData("""{"terms":{"effectiveDate":"2024-02-30"}}""", "/terms/effectiveDate")]
    [InlineData("""{"terms":{"components":[{},{"rate":tru}]}}""", "/terms/components/1/rate")]
    [InlineData("""{"terms":{"rampUp":[{"fromMonth":1.5}]}}""", "/terms/rampUp/0/fromMonth")]
    [InlineData("""{"declarations":[{"revenue":{"a/b":null}}]}""", "/declarations/0/revenue/a~1b")]
    [InlineData("""{"declarations":[{"revenue":{"x":1,"x":2}}]}""", "/declarations/0/revenue/x")]
    [InlineData("""{"terms":{"escalation":0.02}}""", "/terms/escalation")]
    [InlineData("""{"terms":""", "/terms")]
    [InlineData("", "")]
    [InlineData("[]", "")]
    [InlineData("null", "")]
    public void Bad_json_is_one_error_at_the_place_it_broke(string input, string path)
    {
        var (json, errors) = SimulateRoyalties.RunJson(input);
        Assert.Equal("", json);
        Assert.Equal(path, Assert.Single(errors).Path);
        Assert.False(string.IsNullOrWhiteSpace(errors[0].Message));
    }

    [Theory]
    [InlineData("$.a.b[3]['c.d'].e", "/a/b/3/c.d/e")]
    [InlineData("$['x~y']", "/x~0y")]
    [InlineData("$", "")]
    [InlineData(null, "")]
    public void Json_paths_translate_to_pointers(string? path, string pointer) => Assert.Equal(pointer, JsonPointer.FromJsonPath(path));

    [Fact]
    public void Errors_serialise_as_path_and_message()
    {
        using var document = JsonDocument.Parse(RoyaltiesJson.SerializeErrors([new("/until", "m")]));
        var error = Assert.Single(document.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(("/until", "m"), (error.GetProperty("path").GetString(), error.GetProperty("message").GetString()));
    }
}
