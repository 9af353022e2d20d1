namespace Kunpeng.Host.Problems;

/// <summary>
/// A refusal a service raises and the API turns into an <c>application/problem+json</c> response.
/// Services stay free of HTTP; the status code says what kind of refusal it is.
/// </summary>
public abstract class KunpengProblemException(int statusCode, string title, string detail) : Exception(detail)
{
    public int StatusCode { get; } = statusCode;

    public string Title { get; } = title;

    /// <summary>Extra members for the problem document (e.g. the current version).</summary>
    public IDictionary<string, object?> Extensions { get; } = new Dictionary<string, object?>();
}
