using System.Security.Cryptography;
using System.Text.Json;
using Kunpeng.Abstractions;

namespace Kunpeng.Host.Measures;

/// <summary>
/// What a measure says: a plugin default copied into host-owned form, or the bureau's own version of
/// it. Stored in the registry (never a plugin object, so holding it pins no load context).
/// </summary>
public sealed class MeasureContent
{
    /// <summary>Clause number in the rules (e.g. 五.2); empty for a measure the bureau added without one.</summary>
    public string Clause { get; set; } = "";
    public string TitleZh { get; set; } = "";
    public string TextZh { get; set; } = "";
    public MeasureCategory Category { get; set; } = MeasureCategory.Other;
    public List<string> FormsZh { get; set; } = [];
    public List<MeasureTargetContent> Targets { get; set; } = [];

    /// <summary>Copies a plugin's measure (call while its lease is held).</summary>
    public static MeasureContent From(MeasureDefinition m) => new()
    {
        Clause = m.Clause,
        TitleZh = m.TitleZh,
        TextZh = m.TextZh,
        Category = m.Category,
        FormsZh = m.FormsZh.ToList(),
        Targets = m.Targets.Select(t => new MeasureTargetContent
        {
            Id = t.Id, DescriptionZh = t.DescriptionZh, MinimumPerYear = t.MinimumPerYear, ScopeZh = t.ScopeZh,
        }).ToList(),
    };

    public MeasureContent Copy() => new()
    {
        Clause = Clause,
        TitleZh = TitleZh,
        TextZh = TextZh,
        Category = Category,
        FormsZh = FormsZh.ToList(),
        Targets = Targets.Select(t => new MeasureTargetContent
        {
            Id = t.Id, DescriptionZh = t.DescriptionZh, MinimumPerYear = t.MinimumPerYear, ScopeZh = t.ScopeZh,
        }).ToList(),
    };

    /// <summary>
    /// A fingerprint of everything the measure says (SHA-256 of a canonical JSON form, lower-case hex):
    /// equal content, equal hash. An edit records the hash of the default it was based on, so a later
    /// plugin version that changes that default is noticed even when its version number is the same.
    /// </summary>
    public string Hash()
    {
        var canonical = JsonSerializer.SerializeToUtf8Bytes(new
        {
            clause = Clause,
            title = TitleZh,
            text = TextZh,
            category = Category.ToString(),
            forms = FormsZh,
            targets = Targets.Select(t => new { id = t.Id, description = t.DescriptionZh, minimum = t.MinimumPerYear, scope = t.ScopeZh }),
        });
        return Convert.ToHexStringLower(SHA256.HashData(canonical));
    }
}

/// <summary>A countable yearly target of a measure.</summary>
public sealed class MeasureTargetContent
{
    /// <summary>Stable id within the measure; what plans and implementation progress refer to.</summary>
    public string Id { get; set; } = "";
    public string DescriptionZh { get; set; } = "";
    public int MinimumPerYear { get; set; }
    /// <summary>Where it applies (e.g. 区医院), or null for the whole domain.</summary>
    public string? ScopeZh { get; set; }
}
