using System.Text.Json.Serialization;
using Kunpeng.Host.Eligibility.Profiles;

namespace Kunpeng.Host.Eligibility.Models;

/// <summary>One candidate's facts, to be checked against every tier of one domain.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class EligibilityRequest
{
    /// <summary>Required. The date ages and "last five years" are computed at (yyyy-MM-dd), normally the cycle's nomination deadline.</summary>
    public DateOnly? ReferenceDate { get; set; }

    /// <summary>Required. The candidate's facts: the shared vocabulary plus any fact the domain's plugin declares.</summary>
    public ProfileInput? Profile { get; set; }
}
