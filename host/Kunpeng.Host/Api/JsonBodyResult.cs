using Microsoft.AspNetCore.Http.HttpResults;

namespace Kunpeng.Host.Api;

/// <summary>A request body read as <typeparamref name="T"/>, or the problem to answer instead: exactly one is set.</summary>
/// <param name="Value">The body.</param>
/// <param name="Invalid">400: the body is not JSON of the expected shape.</param>
/// <param name="Unsupported">415: the body is not JSON at all.</param>
internal sealed record JsonBodyResult<T>(T? Value, ValidationProblem? Invalid, ProblemHttpResult? Unsupported) where T : class;
