using System.Text.Json;
using System.Text.RegularExpressions;
using Kunpeng.Host.Eligibility.Profiles;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Kunpeng.Host.Api;

/// <summary>
/// Reads a JSON request body itself rather than through parameter binding, so a body that is not
/// even the right shape (a string where a date belongs, malformed JSON) is still answered with a
/// problem naming the field by its JSON path, like every other validation error, instead of a bare 400.
/// </summary>
internal static partial class JsonBody
{
    /// <summary>The body as <typeparamref name="T"/>, or the problem to answer instead.</summary>
    public static async Task<JsonBodyResult<T>> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken) where T : class
    {
        if (!request.HasJsonContentType())
        {
            return new(null, null, TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported media type",
                detail: "Send the request as JSON (Content-Type: application/json)."));
        }

        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, options, cancellationToken);
            return value is null
                ? new(null, Invalid("body", "The body must be a JSON object, not null."), null)
                : new(value, null, null);
        }
        catch (JsonException e)
        {
            return new(null, Invalid(PathOf(e), Describe(e)), null);
        }
    }

    private static ValidationProblem Invalid(string path, string reason) => TypedResults.ValidationProblem(
        new Dictionary<string, string[]> { [path] = [reason] },
        title: "The request is not valid JSON of the expected shape",
        detail: "1 field is invalid; see errors, keyed by JSON path.");

    /// <summary><c>$.profiles[3].id</c> becomes <c>profiles[3].id</c>, the key every other error uses.</summary>
    private static string PathOf(JsonException e) => e.Path is null or "$" ? "body" : e.Path.StartsWith("$.", StringComparison.Ordinal) ? e.Path[2..] : e.Path;

    /// <summary>The exception's reason without the .NET type names and position suffix a caller cannot use.</summary>
    private static string Describe(JsonException e)
    {
        var message = PositionSuffix().Replace(e.Message, "");
        if (e is ProfileShapeException)
        {
            return message;
        }

        if (UnmappedMember().Match(message) is { Success: true } unmapped)
        {
            return $"Unknown property '{unmapped.Groups[1].Value}'; the request schema lists the properties allowed here.";
        }

        if (NotConvertible().Match(message) is { Success: true } conversion)
        {
            var target = conversion.Groups[1].Value;
            var expected = target switch
            {
                _ when target.Contains("DateOnly", StringComparison.Ordinal) => "a date written yyyy-MM-dd",
                _ when target.Contains("List", StringComparison.Ordinal) => "an array",
                _ when target.Contains("System.String", StringComparison.Ordinal) => "a string",
                _ => "an object",
            };
            return $"Expected {expected} here.";
        }

        var position = e.LineNumber is { } line ? $" at line {line + 1}, byte {e.BytePositionInLine + 1}" : "";
        return $"Malformed JSON{position}: {message}";
    }

    [GeneratedRegex(@"\s*Path: \$.*$", RegexOptions.Singleline)]
    private static partial Regex PositionSuffix();

    [GeneratedRegex(@"The JSON property '([^']*)' could not be mapped")]
    private static partial Regex UnmappedMember();

    [GeneratedRegex(@"could not be converted to ([^.\s]+(?:\.[^.\s]+)*)")]
    private static partial Regex NotConvertible();
}
