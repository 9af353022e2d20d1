using Kunpeng.Host.Eligibility;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kunpeng.Host.Api;

/// <summary>Answers an <see cref="EligibilityResult{T}"/> over HTTP: the answer, or its problem as application/problem+json.</summary>
internal static class EligibilityHttpResults
{
    public static Results<Ok<T>, ValidationProblem, ProblemHttpResult> From<T>(EligibilityResult<T> result) where T : class
    {
        if (result.Value is { } value)
        {
            return TypedResults.Ok(value);
        }

        var problem = result.Problem!;
        return problem.Kind switch
        {
            EligibilityProblemKind.InvalidInput => TypedResults.ValidationProblem(problem.Errors!, problem.Detail, title: problem.Title),
            EligibilityProblemKind.UnknownDomain => DomainProblems.Unknown(problem.DomainId!),
            EligibilityProblemKind.NoCriteria => TypedResults.Problem(problem.Detail, statusCode: StatusCodes.Status404NotFound, title: problem.Title,
                extensions: Domain(problem)),
            EligibilityProblemKind.TooManyProfiles => TypedResults.Problem(problem.Detail, statusCode: StatusCodes.Status413PayloadTooLarge, title: problem.Title),
            _ => TypedResults.Problem(problem.Detail, statusCode: StatusCodes.Status500InternalServerError, title: problem.Title,
                extensions: Domain(problem)),
        };
    }

    private static Dictionary<string, object?>? Domain(EligibilityProblem problem) =>
        problem.DomainId is null ? null : new() { ["domainId"] = problem.DomainId };
}
