using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;

namespace SwarmNet.BuildingBlocks.Documents;

/// <summary>
/// Reads an uploaded document from an HTTP request, the usual way (<c>multipart/form-data</c>, field <c>file</c>, as
/// <c>curl -F file=@x.pdf</c> sends it) or as the raw body (Content-Type = the file's type, <c>?fileName=</c>). Beyond
/// <see cref="DocumentRules.MaxBytes"/> it answers 413 naming the limit, whichever way the file came.
/// </summary>
public static class DocumentUploads
{
    public const string FileField = "file";

    public sealed record Upload(string? FileName, string? ContentType, byte[] Content);

    public static async Task<Upload> ReadAsync(HttpRequest request, string? fileName, CancellationToken ct)
    {
        if (request.ContentLength > DocumentRules.MaxBytes + FormOverhead)
            throw TooLarge();
        if (!request.HasFormContentType)
            return new Upload(fileName, request.ContentType, await ReadBoundedAsync(request.Body, ct));

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = DocumentRules.MaxBytes + FormOverhead }, ct);
        }
        catch (InvalidDataException)
        {
            throw TooLarge();
        }
        if (form.Files.GetFile(FileField) is not { } file)
            throw new InputValidationException($"/{FileField}", Text.T("Joignez le fichier dans le champ « file ».", "Attach the file in the 'file' field."));
        if (file.Length > DocumentRules.MaxBytes)
            throw TooLarge();
        await using var stream = file.OpenReadStream();
        return new Upload(fileName ?? file.FileName, file.ContentType, await ReadBoundedAsync(stream, ct));
    }

    /// <summary>Room for the multipart boundaries and part headers around the file itself.</summary>
    private const long FormOverhead = 64 * 1024;

    private static async Task<byte[]> ReadBoundedAsync(Stream body, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > DocumentRules.MaxBytes)
                throw TooLarge();
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    public static PayloadTooLargeException TooLarge() => new(Text.T(
        $"Fichier trop volumineux : {DocumentRules.MaxBytes / (1024 * 1024)} Mo au plus.", $"File too large: {DocumentRules.MaxBytes / (1024 * 1024)} MB at most."));
}
