using Kunpeng.Host.Problems;
using Kunpeng.Host.Workflow.Writing;

namespace Kunpeng.Host.Api;

/// <summary>
/// Optimistic concurrency over HTTP: a stored entity's version is its ETag; an update must send
/// the ETag it read in If-Match.
/// </summary>
public static class EntityTags
{
    public static string For(int version) => $"\"{version}\"";

    /// <summary>Sets the ETag response header for the entity's version.</summary>
    public static void Write(HttpResponse response, int version) => response.Headers.ETag = For(version);

    /// <summary>What the request's If-Match says; the write path judges it at its place in the order of checks.</summary>
    public static IfMatch IfMatchOf(HttpRequest request) => IfMatch.Parse(request.Headers.IfMatch.ToString());

    /// <summary>The version the client read, from If-Match; 428 when absent, 412 when it is not one of ours.</summary>
    public static int RequireIfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0)
        {
            throw new PreconditionRequiredException();
        }

        var value = header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header;
        return int.TryParse(value.Trim('"'), out var version) && version > 0
            ? version
            : throw new InputValidationException("If-Match", $"'{header}' is not an ETag this API issued (expected e.g. \"3\").");
    }
}
