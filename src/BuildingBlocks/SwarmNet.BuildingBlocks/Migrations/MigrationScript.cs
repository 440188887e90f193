using System.Security.Cryptography;
using System.Text;

namespace SwarmNet.BuildingBlocks.Migrations;

/// <summary>One forward-only script of one module in one dialect. The checksum ignores line-ending style.</summary>
public sealed record MigrationScript(string Module, string Name, string Sql)
{
    public string Checksum => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Sql.ReplaceLineEndings("\n"))));
}
