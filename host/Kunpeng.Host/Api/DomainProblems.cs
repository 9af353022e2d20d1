using Microsoft.AspNetCore.Http.HttpResults;

namespace Kunpeng.Host.Api;

/// <summary>Problem responses about domains, worded the same everywhere.</summary>
internal static class DomainProblems
{
    public static ProblemHttpResult Unknown(string id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Unknown domain",
        detail: $"No active domain plugin serves the id '{id}'. GET /api/domains lists the domains being served.",
        extensions: new Dictionary<string, object?> { ["domainId"] = id });
}
