namespace Kunpeng.Host.Problems;

/// <summary>The caller is authenticated but acting outside their scope (another domain, another unit's nomination).</summary>
public sealed class ForbiddenException(string detail)
    : KunpengProblemException(StatusCodes.Status403Forbidden, "Outside your scope", detail);
