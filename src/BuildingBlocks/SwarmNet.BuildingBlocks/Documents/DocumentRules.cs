using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Validation;

namespace SwarmNet.BuildingBlocks.Documents;

/// <summary>What a signed document may be: PDF, PNG or JPEG up to 10 MB, and the bytes must match the declared type.</summary>
public static class DocumentRules
{
    public const long MaxBytes = 10 * 1024 * 1024;

    private static readonly Dictionary<string, (string Extension, byte[] Magic)> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["application/pdf"] = (".pdf", "%PDF"u8.ToArray()),
        ["image/png"] = (".png", [0x89, 0x50, 0x4E, 0x47]),
        ["image/jpeg"] = (".jpg", [0xFF, 0xD8, 0xFF]),
    };

    public static string ExtensionOf(string contentType) => Types[contentType].Extension;

    /// <summary>
    /// The type to check the bytes against: the declared one when accepted, else (none, or a generic
    /// application/octet-stream, as some clients send) the accepted type the bytes start like; else the declared one, refused by <see cref="Check"/>.
    /// </summary>
    public static string? Resolve(string? declared, byte[] content)
    {
        if (declared is not null && Types.ContainsKey(declared))
            return declared;
        if (declared is not null && !declared.Equals("application/octet-stream", StringComparison.OrdinalIgnoreCase))
            return declared;
        return Types.FirstOrDefault(t => content.AsSpan().StartsWith(t.Value.Magic)).Key ?? declared;
    }

    public static List<FieldError> Check(string? fileName, string? contentType, byte[] content)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(fileName) || fileName.Length > 200)
            errors.Add(new("/fileName", Text.T("Nom de fichier de 1 à 200 caractères.", "A file name of 1 to 200 characters.")));
        else if (!SafeNames.IsSafeFileName(fileName.Trim()))
            errors.Add(new("/fileName", SafeNameRules.FileNameMessage()));
        if (content.Length == 0 || content.Length > MaxBytes)
            errors.Add(new("/content", Text.T("Fichier vide ou de plus de 10 Mo.", "The file is empty or larger than 10 MB.")));
        if (contentType is null || !Types.TryGetValue(contentType, out var type))
            errors.Add(new("/contentType", Text.T("Types acceptés : application/pdf, image/png, image/jpeg.", "Accepted types: application/pdf, image/png, image/jpeg.")));
        else if (content.Length > 0 && !content.AsSpan().StartsWith(type.Magic))
            errors.Add(new("/content", Text.T("Le contenu ne correspond pas au type déclaré.", "The content does not match the declared type.")));
        return errors;
    }
}
