namespace Kunpeng.Host.Problems;

/// <summary>The thing asked for does not exist (or is not visible to the caller).</summary>
public sealed class NotFoundException(string entity, string id)
    : KunpengProblemException(StatusCodes.Status404NotFound, $"{entity} not found", $"No {entity.ToLowerInvariant()} has the id '{id}'.");
