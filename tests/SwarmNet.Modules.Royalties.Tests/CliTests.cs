using System.Text.Json;
using Xunit;

namespace SwarmNet.Modules.Royalties.Tests;

/// <summary>The <c>royalties</c> verb through the public front door, with in-memory streams.</summary>
public sealed class CliTests
{
    private static async Task<(int Code, string Out, string Err)> Run(string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await RoyaltiesModule.RunCliAsync(args, input, output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Simulates_from_stdin()
    {
        var (code, stdout, stderr) = await Run(SpecExample.Input, "simulate", "--input", "-");
        Assert.Equal(0, code);
        Assert.Equal(SpecExample.Output, SpecExample.Compact(stdout));
        Assert.Equal("", stderr);
    }

    [Fact]
    public async Task Simulates_from_a_file()
    {
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(path, SpecExample.Input);
            var (code, stdout, _) = await Run("", "simulate", "--input", path);
            Assert.Equal(0, code);
            Assert.Equal(SpecExample.Output, SpecExample.Compact(stdout));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Invalid_json_prints_an_error_document_and_exits_2()
    {
        var (code, stdout, stderr) = await Run("{\"terms\": ", "simulate", "--input", "-");
        Assert.Equal(2, code);
        using var document = JsonDocument.Parse(stdout);
        Assert.Equal("/terms", Assert.Single(document.RootElement.GetProperty("errors").EnumerateArray()).GetProperty("path").GetString());
        Assert.Equal("", stderr);
    }

    [Fact]
    public async Task Invalid_terms_print_every_error_and_exit_2()
    {
        var input = SpecExample.Input.Replace("\"vatRate\": 0.20", "\"vatRate\": 1.5", StringComparison.Ordinal)
            .Replace("\"rate\": 0.05", "\"rate\": -1", StringComparison.Ordinal);
        var (code, stdout, _) = await Run(input, "simulate", "--input", "-");
        Assert.Equal(2, code);
        using var document = JsonDocument.Parse(stdout);
        Assert.Equal(
            ["/terms/vatRate", "/terms/components/0/rate"],
            document.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()));
    }

    [Fact]
    public async Task Lang_en_switches_messages_to_english()
    {
        var input = SpecExample.Input.Replace("\"vatRate\": 0.20", "\"vatRate\": 1.5", StringComparison.Ordinal);
        var (_, stdout, _) = await Run(input, "simulate", "--input", "-", "--lang", "en");
        Assert.Contains("Must be between 0 and 1.", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("frobnicate")]
    [InlineData("simulate")]
    [InlineData("simulate", "--input")]
    [InlineData("simulate", "--input", "-", "--verbose")]
    [InlineData("simulate", "--input", "/nonexistent/swarmnet/terms.json")]
    public async Task Bad_arguments_explain_on_stderr_and_exit_2(params string[] args)
    {
        var (code, stdout, stderr) = await Run(SpecExample.Input, args);
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.NotEqual("", stderr);
    }

    [Fact]
    public async Task Help_prints_usage_on_stderr_only()
    {
        var (code, stdout, stderr) = await Run("", "--help");
        Assert.Equal(0, code);
        Assert.Equal("", stdout);
        Assert.Contains("royalties simulate --input", stderr, StringComparison.Ordinal);
    }
}
