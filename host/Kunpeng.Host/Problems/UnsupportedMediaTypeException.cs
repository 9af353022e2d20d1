namespace Kunpeng.Host.Problems;

/// <summary>The body is not in a format the endpoint reads (415), e.g. JSON sent without Content-Type.</summary>
public sealed class UnsupportedMediaTypeException(string accepted)
    : KunpengProblemException(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
        $"Send the body as {accepted}, with that Content-Type.");
