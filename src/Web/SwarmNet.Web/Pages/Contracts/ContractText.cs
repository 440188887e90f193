using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.ContractKernel.AnyKind;
using SwarmNet.Web.Shared;

namespace SwarmNet.Web.Pages.Contracts;

/// <summary>How a contract's term reads: from when, until when (or open-ended), renewal and notice.</summary>
public static class ContractText
{
    public static string Term(ContractSheet sheet)
    {
        var term = sheet.Term;
        var until = term.EndDate is { } end ? Text.T($"au {Dates.Short(end)}", $"to {Dates.Short(end)}") : Text.T("sans terme", "open-ended");
        var renewal = term.TacitRenewal ? Text.T($", reconduction tacite de {term.RenewalMonths} mois", $", tacit renewal for {term.RenewalMonths} months") : "";
        var notice = sheet.View.Notice is { } n ? Text.T($" ; préavis donné : fin le {Dates.Short(n.TerminatesOn)}", $"; notice given: ends on {Dates.Short(n.TerminatesOn)}") : "";
        return Text.T($"Du {Dates.Short(term.EffectiveDate)} {until}{renewal}, préavis de {term.NoticeDays} jours{notice}",
            $"From {Dates.Short(term.EffectiveDate)} {until}{renewal}, {term.NoticeDays} days' notice{notice}");
    }
}
