using Kunpeng.Host.Problems;

namespace Kunpeng.Host.Measures;

/// <summary>No active plugin serves the domain, so it has no catalogue to read or change (404, worded as the other domain endpoints word it).</summary>
public sealed class UnknownDomainException : KunpengProblemException
{
    public UnknownDomainException(string domainId)
        : base(StatusCodes.Status404NotFound, "Unknown domain",
            $"No active domain plugin serves the id '{domainId}'. GET /api/domains lists the domains being served.") =>
        Extensions["domainId"] = domainId;
}
