using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using SwarmNet.BuildingBlocks.Documents;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;

namespace SwarmNet.BuildingBlocks.Http;

/// <summary>
/// Reads a document upload sent the usual way (<c>curl -F file=@x.pdf -F field=value</c>): too large a body is a 413
/// naming the limit, anything but multipart/form-data a 400. Endpoints add <see cref="SizeLimit"/> so the server stops
/// reading far sooner than its default limit.
/// </summary>
public static class MultipartUpload
{
    /// <summary>Room beyond the file for the part headers, boundaries and the form's small fields.</summary>
    public const long FieldsAllowance = 64 * 1024;

    public static RequestSizeLimitAttribute SizeLimit { get; } = new(DocumentRules.MaxBytes + FieldsAllowance);

    public static async Task<IFormCollection> ReadFormAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > DocumentRules.MaxBytes + FieldsAllowance)
            throw TooLarge();
        if (!request.HasFormContentType || request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) != true)
            throw new InputValidationException("", Text.T("Envoyez un formulaire multipart/form-data, le fichier dans le champ « file ».",
                "Send a multipart/form-data form, the file in the \"file\" field."));
        try
        {
            return await request.ReadFormAsync(ct);
        }
        catch (InvalidDataException)
        {
            throw new InputValidationException("", Text.T("Formulaire multipart illisible.", "Unreadable multipart form."));
        }
    }

    /// <summary>The named file of the form, or null when absent.</summary>
    public static async Task<UploadedFile?> FileAsync(IFormCollection form, string name, CancellationToken ct)
    {
        var file = form.Files.GetFile(name);
        if (file is null)
            return null;
        if (file.Length > DocumentRules.MaxBytes)
            throw TooLarge();
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        return new UploadedFile(file.FileName, file.ContentType, buffer.ToArray());
    }

    /// <summary>
    /// The uploaded file, sent as multipart/form-data (field <paramref name="field"/>) or, for older clients, as the raw
    /// body (Content-Type = the file's type, the name from the query): both bounded, beyond the limit a 413.
    /// </summary>
    public static async Task<UploadedFile> FileOrBodyAsync(HttpRequest request, string? fileName, string field, CancellationToken ct)
    {
        if (request.HasFormContentType)
            return await FileAsync(await ReadFormAsync(request, ct), field, ct) is { } file
                ? file with { FileName = fileName ?? file.FileName }
                : throw new InputValidationException($"/{field}", Text.T($"Joignez le fichier dans le champ « {field} ».", $"Attach the file in the \"{field}\" field."));
        if (request.ContentLength > DocumentRules.MaxBytes)
            throw TooLarge();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > DocumentRules.MaxBytes)
                throw TooLarge();
            buffer.Write(chunk, 0, read);
        }
        return new UploadedFile(fileName, request.ContentType, buffer.ToArray());
    }

    /// <summary>A date field (YYYY-MM-DD) of the form, null when absent or blank; a 400 at /<paramref name="name"/> when unreadable.</summary>
    public static DateOnly? Date(IFormCollection form, string name)
    {
        var value = form[name].ToString();
        if (string.IsNullOrWhiteSpace(value))
            return null;
        return DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new InputValidationException("/" + name, Text.T("Date attendue au format AAAA-MM-JJ.", "A date in the YYYY-MM-DD format is expected."));
    }

    /// <summary>A text field of the form, null when absent.</summary>
    public static string? Field(IFormCollection form, string name) => form.TryGetValue(name, out var value) ? value.ToString() : null;

    private static PayloadTooLargeException TooLarge()
    {
        var megabytes = DocumentRules.MaxBytes / (1024 * 1024);
        return new PayloadTooLargeException(Text.T($"Le fichier dépasse la taille maximale de {megabytes} Mo.",
            $"The file exceeds the maximum size of {megabytes} MB."));
    }
}

/// <summary>
/// Says that an endpoint reads a multipart/form-data body shaped like <see cref="FormType"/>, for the OpenAPI document only.
/// Unlike <c>Accepts</c>, it does not make routing answer 415 to another content type before the endpoint's filters run
/// (an outsider must get the same 404 whatever the body).
/// </summary>
public sealed record MultipartBodyMetadata(Type FormType);

public static class MultipartBodyDescription
{
    public static RouteHandlerBuilder DescribesMultipartBody<TForm>(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new MultipartBodyMetadata(typeof(TForm)), MultipartUpload.SizeLimit);
}
