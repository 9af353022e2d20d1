using Kunpeng.Host.Problems;
using Kunpeng.Host.Workflow;
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

    /// <summary>
    /// The version the client read, from If-Match; 428 when absent, 400 when it is no entity tag at all.
    /// As RFC 9110 says: <c>*</c> matches whatever version is stored (<see cref="WorkflowGuards.AnyVersion"/>);
    /// a weak tag (<c>W/"3"</c>) never matches a change, so it gets the service's 412 naming the current version.
    /// </summary>
    public static int RequireIfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        var ifMatch = IfMatch.Parse(header);
        if (!ifMatch.IsGiven)
        {
            throw new PreconditionRequiredException();
        }

        if (ifMatch.IsAny)
        {
            return WorkflowGuards.AnyVersion;
        }

        if (ifMatch.Versions.Count > 0)
        {
            return ifMatch.Versions[0];
        }

        return IsWeakTag(header)
            ? WorkflowGuards.NoVersion
            : throw new InputValidationException("If-Match", $"'{header}' is not an ETag this API issued (expected e.g. \"3\").");
    }

    private static bool IsWeakTag(string header) =>
        header.Split(',', StringSplitOptions.TrimEntries).All(t => t.StartsWith("W/\"", StringComparison.Ordinal) && t.EndsWith('"'));
}
