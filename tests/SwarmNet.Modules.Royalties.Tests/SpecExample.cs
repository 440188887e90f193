namespace SwarmNet.Modules.Royalties.Tests;

/// <summary>The input and output of spec section 6 as raw JSON.</summary>
internal static class SpecExample
{
    public const string Input = """
        {
          "terms": {
            "effectiveDate": "2024-03-15", "endDate": "2027-03-14", "periodicity": "monthly", "royaltyYear": "contract", "vatRate": 0.20,
            "components": [ { "type": "percentage", "label": "Redevance de marque", "account": "royalty", "rate": 0.05, "categories": ["livraison"] } ]
          },
          "declarations": [ { "start": "2024-03-15", "revenue": { "livraison": 8000.00 } } ]
        }
        """;

    /// <summary>The spec's output, then this module's per-year summary.</summary>
    public static readonly string Output = Compact("""
        {
          "periods": [
            { "start": "2024-03-15", "end": "2024-04-14", "royaltyYear": 1, "declared": true,
              "lines": [ { "kind": "component", "label": "Redevance de marque", "account": "royalty", "base": 8000.00, "amount": 400.00 } ],
              "totalExclVat": 400.00, "vat": 80.00, "totalInclVat": 480.00 }
          ],
          "totals": { "byAccount": { "royalty": 400.00, "marketing": 0.00, "fee": 0.00 }, "exclVat": 400.00, "vat": 80.00, "inclVat": 480.00 },
          "years": [ { "royaltyYear": 1, "start": "2024-03-15", "end": "2024-04-14", "revenue": 8000.00,
                       "byAccount": { "royalty": 400.00, "marketing": 0.00, "fee": 0.00 }, "effectiveRate": 0.05 } ]
        }
        """);

    /// <summary>Drops the whitespace between tokens; numbers keep their text (8000.00 stays 8000.00).</summary>
    public static string Compact(string json) =>
        System.Text.Json.Nodes.JsonNode.Parse(json)!.ToJsonString();
}
