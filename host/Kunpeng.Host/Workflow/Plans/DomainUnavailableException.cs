using Kunpeng.Host.Problems;

namespace Kunpeng.Host.Workflow.Plans;

/// <summary>The step needs the domain's terms (bodies, tiers, grants, measures) and no active plugin serves the domain (503).</summary>
public sealed class DomainUnavailableException : KunpengProblemException
{
    public DomainUnavailableException(string domainId)
        : base(StatusCodes.Status503ServiceUnavailable, "Domain not served",
            $"No active plugin serves the domain '{domainId}' right now, and this step needs its rules. GET /api/plugins says why; retry once it is served.") =>
        Extensions["domainId"] = domainId;
}
