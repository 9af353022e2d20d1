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
}
