using SwarmNet.ContractKernel.Exit;

namespace SwarmNet.Modules.Affiliations.Domain;

/// <summary>On exit, each distinctive sign is handed back or taken down: one checklist line each (sign1, sign2…), ticked by either party.</summary>
internal static class SignExitLines
{
    public static IReadOnlyList<ExitLine> Of(IReadOnlyList<DistinctiveSign> signs) => signs.Select((sign, i) => new ExitLine(
        $"sign{i + 1}",
        sign.OnExit == SignExit.Return
            ? Text.T($"Restitution : {Glossary.Of(sign.Kind!.Value)} « {sign.Brand} »", $"Return: {Glossary.Of(sign.Kind!.Value)} '{sign.Brand}'")
            : Text.T($"Retrait : {Glossary.Of(sign.Kind!.Value)} « {sign.Brand} »", $"Removal: {Glossary.Of(sign.Kind!.Value)} '{sign.Brand}'"),
        sign.Description ?? "")).ToList();
}
