namespace Kunpeng.Host.Problems;

/// <summary>The body is larger than the endpoint takes (413).</summary>
public sealed class PayloadTooLargeException(long limit)
    : KunpengProblemException(StatusCodes.Status413PayloadTooLarge, "Request too large",
        $"This endpoint takes a body of at most {limit} bytes.");
