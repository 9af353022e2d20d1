namespace Kunpeng.Host.Problems;

/// <summary>A workflow step asked for before the steps it depends on (409).</summary>
public sealed class StepOutOfOrderException(string detail)
    : KunpengProblemException(StatusCodes.Status409Conflict, "Step out of order", detail);
