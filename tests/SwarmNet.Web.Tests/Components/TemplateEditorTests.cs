using Bunit;
using MudBlazor.Services;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.Web.Pages.Templates;
using SwarmNet.Web.Shared;
using Xunit;

namespace SwarmNet.Web.Tests.Components;

/// <summary>The template form's shared editors: rows added and removed, defaults, what is sent, the module's errors at their fields.</summary>
public sealed class TemplateEditorTests : BunitContext, IAsyncLifetime
{
    public TemplateEditorTests()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    private static void Click(IRenderedComponent<ObligationTermsEditor> editor, string text) =>
        editor.FindAll("button").First(b => b.TextContent.Trim() == text).Click();

    [Fact]
    public void Obligation_rows_start_with_the_annual_report_and_are_added_and_removed()
    {
        var rows = ObligationRows.WithDefault();
        var removals = 0;
        var editor = Render<ObligationTermsEditor>(p => p.Add(e => e.Model, rows).Add(e => e.OnRemoved, () => removals++));

        Click(editor, "Ajouter une obligation");
        Click(editor, "Ajouter une obligation");
        Assert.Equal(3, editor.FindAll("[data-testid=obligation-row]").Count);
        Click(editor, "Retirer l'obligation OBL-2");

        Assert.Equal(["RAPPORT", "OBL-3"], rows.ToTerms().Select(t => t!.Code));
        Assert.Equal(2, editor.FindAll("[data-testid=obligation-row]").Count);
        Assert.Equal(1, removals); // the page clears the errors named by index
        Assert.Equal("OBL-4", rows.Add().Code);
    }

    [Fact]
    public void Only_the_numbers_of_the_schedule_kind_are_sent()
    {
        var row = new ObligationRow { Code = "X", Title = "Y", ScheduleKind = "quarterly", Day = 5, Month = 3, DaysAfterQuarterEnd = 20, ReminderDaysBefore = null };

        var term = row.ToTerm();

        Assert.Equal(("quarterly", 20, null, null), (term.Schedule!.Kind, term.Schedule.DaysAfterQuarterEnd, term.Schedule.Day, term.Schedule.Month));
        Assert.Null(term.Reminders);
        Assert.Equal((1, 31), (new ObligationRow { ScheduleKind = "annually" }.ToTerm().Schedule!.Month!.Value, new ObligationRow().ToTerm().Schedule!.Day!.Value));
    }

    [Fact]
    public void The_module_s_errors_show_at_their_row_and_field()
    {
        var errors = new FormErrors([new FieldError("/obligationTerms/0/title", "Entre 1 et 150 caractères."),
            new FieldError("/obligationTerms/0/escalateAfterDays", "Nombre entier entre 1 et 90."), new FieldError("/exitTerms/noticeDays", "Préavis")]);
        var editor = Render<ObligationTermsEditor>(p => p.Add(e => e.Model, ObligationRows.WithDefault()).Add(e => e.Errors, errors));

        Assert.Contains("Entre 1 et 150 caractères.", editor.Find("[data-testid=obligation-row]").TextContent);
        Assert.Contains("Nombre entier entre 1 et 90.", editor.Find("#obligation-0-errors").TextContent);
        Assert.DoesNotContain("Entre 1 et 150", editor.Find("#obligation-0-errors").TextContent);
        Assert.Empty(editor.Find("#obligations-errors").TextContent.Trim());
        Assert.DoesNotContain("Préavis", editor.Markup);
    }

    [Fact]
    public void Exit_terms_start_complete_and_grounds_are_added_and_removed()
    {
        var exit = new ExitTermsForm();
        var editor = Render<ExitTermsEditor>(p => p.Add(e => e.Model, exit).Add(e => e.Errors, new FormErrors([new FieldError("/exitTerms/terminationGrounds/1", "Motif de 1 à 300 caractères.")])));
        Assert.Empty(exit.ToTerms().Validate("/exitTerms"));

        editor.FindAll("button").First(b => b.TextContent.Trim() == "Ajouter un motif").Click();
        Assert.Equal(2, editor.FindAll("[data-testid=ground-row]").Count);
        Assert.Contains("Motif de 1 à 300 caractères.", editor.FindAll("[data-testid=ground-row]")[1].TextContent);
        Assert.Equal(["/exitTerms/terminationGrounds/1"], exit.ToTerms().Validate("/exitTerms").Select(e => e.Path));

        editor.FindAll("button").First(b => b.TextContent.Trim() == "Retirer le motif 1").Click();
        Assert.Equal([""], exit.ToTerms().TerminationGrounds!);
    }
}
