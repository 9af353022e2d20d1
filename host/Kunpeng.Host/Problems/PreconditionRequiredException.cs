namespace Kunpeng.Host.Problems;

/// <summary>An update arrived without If-Match (428): lost updates are refused, not risked.</summary>
public sealed class PreconditionRequiredException()
    : KunpengProblemException(428, "If-Match required",
        "Send the ETag you read in an If-Match header, so a change made by someone else in between is not overwritten.");
