using System.Text.Json.Serialization;
using Kunpeng.Host.Eligibility.Profiles;

namespace Kunpeng.Host.Eligibility.Models;

/// <summary>One candidate of a screening request.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class ScreeningProfile
{
    /// <summary>Required. The caller's id for the candidate, unique in the request; results are keyed by it.</summary>
    public string? Id { get; set; }

    /// <summary>Required. The candidate's facts.</summary>
    public ProfileInput? Profile { get; set; }
}
