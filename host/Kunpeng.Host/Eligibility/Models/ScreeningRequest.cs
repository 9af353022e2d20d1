using System.Text.Json.Serialization;

namespace Kunpeng.Host.Eligibility.Models;

/// <summary>Many candidates, each checked against every tier of every chosen domain: a bureau's pre-screening of its nominee list.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class ScreeningRequest
{
    /// <summary>Required. The date ages and "last five years" are computed at (yyyy-MM-dd).</summary>
    public DateOnly? ReferenceDate { get; set; }

    /// <summary>Domain ids to screen against, e.g. ["education", "health"]; leave out for every active domain that has criteria.</summary>
    public List<string>? Domains { get; set; }

    /// <summary>Required. The candidates, each with an id unique in the request (e.g. the spreadsheet row or nominee number).</summary>
    public List<ScreeningProfile>? Profiles { get; set; }
}
