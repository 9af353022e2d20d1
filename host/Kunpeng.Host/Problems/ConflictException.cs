namespace Kunpeng.Host.Problems;

/// <summary>The request conflicts with what is stored (a duplicate, a second payment).</summary>
public sealed class ConflictException(string title, string detail)
    : KunpengProblemException(StatusCodes.Status409Conflict, title, detail);
