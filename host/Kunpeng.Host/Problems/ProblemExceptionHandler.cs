using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Kunpeng.Host.Problems;

/// <summary>Turns a service's refusal into a problem response; anything else falls through to a 500 problem.</summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails? details = exception switch
        {
            InputValidationException invalid => new ValidationProblemDetails(invalid.Errors.ToDictionary(e => e.Key, e => e.Value))
            {
                Title = invalid.Title,
                Detail = invalid.Message,
                Status = invalid.StatusCode,
            },
            KunpengProblemException refusal => new ProblemDetails { Title = refusal.Title, Detail = refusal.Message, Status = refusal.StatusCode },
            // Another host changed the record between this request's read and its write (PostgreSQL): as a stale If-Match.
            Kunpeng.Registry.StaleRecordException stale => new ProblemDetails
            {
                Title = "Stale version",
                Detail = $"'{stale.Id}' has changed since you read it (now version {stale.StoredVersion}). Read it again and retry with its ETag.",
                Status = StatusCodes.Status412PreconditionFailed,
            },
            // A body that is not even the right shape (a number where a string belongs): name the field by its JSON path.
            BadHttpRequestException { InnerException: System.Text.Json.JsonException json } bad => new ValidationProblemDetails(
                new Dictionary<string, string[]> { [FieldOf(json)] = [$"Not readable as the expected type: {bad.Message}"] })
            {
                Title = "Invalid input",
                Detail = "The body does not have the expected shape; see errors.",
                Status = bad.StatusCode,
            },
            BadHttpRequestException bad => new ProblemDetails { Title = "Bad request", Detail = bad.Message, Status = bad.StatusCode },
            _ => null,
        };
        if (details is null)
        {
            return false;
        }

        if (exception is KunpengProblemException { Extensions.Count: > 0 } withExtensions)
        {
            foreach (var (key, value) in withExtensions.Extensions)
            {
                details.Extensions[key] = value;
            }
        }

        httpContext.Response.StatusCode = details.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = details, Exception = exception });
    }

    /// <summary><c>$.judgments[0].met</c> becomes <c>judgments[0].met</c>, the key every other field error uses.</summary>
    private static string FieldOf(System.Text.Json.JsonException e) =>
        e.Path is null or "$" ? "body" : e.Path.StartsWith("$.", StringComparison.Ordinal) ? e.Path[2..] : e.Path;
}
