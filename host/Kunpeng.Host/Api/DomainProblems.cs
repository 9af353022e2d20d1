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

    public static ProblemHttpResult NoCriteria(string id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "No criteria",
        detail: $"Domain '{id}' is served, but its plugin provides no criteria (IDomainCriteria).",
        extensions: new Dictionary<string, object?> { ["domainId"] = id });

    public static ProblemHttpResult NoMeasures(string id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "No measures",
        detail: $"Domain '{id}' is served, but its plugin provides no measures catalogue (IMeasureCatalog).",
        extensions: new Dictionary<string, object?> { ["domainId"] = id });
}
