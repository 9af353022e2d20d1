namespace Kunpeng.Host.Eligibility;

/// <summary>
/// Either an answer or the problem that prevented it. Invalid input and unknown domains are expected
/// outcomes of a request, not exceptional ones, so they are returned, not thrown.
/// </summary>
public sealed class EligibilityResult<T> where T : class
{
    /// <summary>An answer.</summary>
    public EligibilityResult(T value) => Value = value;

    /// <summary>No answer, for this reason.</summary>
    public EligibilityResult(EligibilityProblem problem) => Problem = problem;

    /// <summary>The answer, when there is one.</summary>
    public T? Value { get; }

    /// <summary>The problem, when there is no answer.</summary>
    public EligibilityProblem? Problem { get; }
}
