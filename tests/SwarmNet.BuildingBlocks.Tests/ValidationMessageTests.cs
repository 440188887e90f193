using System.Globalization;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace SwarmNet.BuildingBlocks.Tests;

/// <summary>A validation message never repeats an English property name inside a French sentence: the error's path names the field.</summary>
public sealed class ValidationMessageTests
{
    private sealed record Suspend(string? Reason, int Days);

    private sealed class SuspendValidator : AbstractValidator<Suspend>
    {
        public SuspendValidator()
        {
            RuleFor(s => s.Reason).NotEmpty().MaximumLength(5);
            RuleFor(s => s.Days).InclusiveBetween(1, 30);
        }
    }

    [Fact]
    public void Messages_are_french_by_default_english_on_request_and_name_no_property()
    {
        new ServiceCollection().AddSwarmNetPlatform();
        var french = new SuspendValidator().Validate(new Suspend("", 0)).Errors.Select(e => e.ErrorMessage).ToList();
        Assert.Equal(["Champ obligatoire.", "Valeur attendue entre 1 et 30."], french);
        Assert.Equal("5 caractères au plus (9 donnés).", new SuspendValidator().Validate(new Suspend("Impayés !", 3)).Errors.Single().ErrorMessage);

        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("en");
        try
        {
            Assert.Equal("Required.", new SuspendValidator().Validate(new Suspend(null, 3)).Errors.Single().ErrorMessage);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
