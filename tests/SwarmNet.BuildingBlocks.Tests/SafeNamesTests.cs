using SwarmNet.BuildingBlocks.Validation;
using Xunit;

namespace SwarmNet.BuildingBlocks.Tests;

public sealed class SafeNamesTests
{
    [Theory]
    [InlineData("STEP – Pau")]
    [InlineData("Les Triporteurs Palois")]
    [InlineData("Conciergerie Solidaire (64)")]
    [InlineData("日本語 العربية")]
    [InlineData("Café 🚲")]
    public void Ordinary_names_in_any_script_are_safe(string name) => Assert.True(SafeNames.IsSafeName(name));

    [Theory]
    [InlineData("fdp\u202Eexe.pdf")]
    [InlineData("a\u2066b")]
    [InlineData("a\u200Bb")]
    [InlineData("a\0b")]
    [InlineData("ligne\nsuivante")]
    [InlineData("tab\tulation")]
    [InlineData("a\u2028b")]
    [InlineData("\uFEFFbom")]
    [InlineData("lone \uD800 surrogate")]
    public void Control_invisible_and_bidirectional_characters_are_refused(string name) => Assert.False(SafeNames.IsSafeName(name));

    [Theory]
    [InlineData("licence signée.pdf")]
    [InlineData("Licence v2 (2026).pdf")]
    [InlineData("CONTRAT.pdf")]
    [InlineData("console.log")]
    public void Plain_file_names_are_safe(string name) => Assert.True(SafeNames.IsSafeFileName(name));

    [Theory]
    [InlineData("../etc/passwd")]
    [InlineData("..")]
    [InlineData("a..b.pdf")]
    [InlineData("dossier/licence.pdf")]
    [InlineData("dossier\\licence.pdf")]
    [InlineData("C:licence.pdf")]
    [InlineData("CON")]
    [InlineData("con.pdf")]
    [InlineData("NUL.txt")]
    [InlineData("COM1")]
    [InlineData("lpt9.pdf")]
    [InlineData("licence.pdf.")]
    [InlineData("licence.pdf ")]
    [InlineData("\u202Efdp.exe")]
    [InlineData("a\0.pdf")]
    [InlineData("quoi?.pdf")]
    public void Paths_device_names_and_tricks_are_refused_as_file_names(string name) => Assert.False(SafeNames.IsSafeFileName(name));
}
