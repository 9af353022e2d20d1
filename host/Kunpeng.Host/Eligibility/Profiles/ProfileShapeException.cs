using System.Text.Json;

namespace Kunpeng.Host.Eligibility.Profiles;

/// <summary>
/// A profile that is not a JSON object at all: the one mistake inside a profile that cannot be
/// recorded and read past. Its own type so the message, written for the caller, is passed on as is.
/// </summary>
public sealed class ProfileShapeException(string message) : JsonException(message);
