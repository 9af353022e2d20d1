using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kunpeng.Plugins.Tests;

/// <summary>
/// One screening case, tests as data (OpenFisca style): a profile exactly as the API takes it, the
/// domain and reference date, and what must come back: tier verdicts and condition statuses in the
/// API's own spelling, or the bad fields (JSON path and words of the reason). Cases live in
/// <c>Cases/*.json</c>, one file per topic; adding a case needs no code.
/// </summary>
public sealed record ScreeningCase(
    string Name,
    string Domain,
    string ReferenceDate,
    JsonObject Profile,
    ScreeningCase.Expectation Expect)
{
    private static readonly JsonSerializerOptions Reading = new(JsonSerializerDefaults.Web) { UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow };

    /// <summary>Every case of every file, by name (names are unique across files).</summary>
    public static IReadOnlyDictionary<string, ScreeningCase> All { get; } = Load();

    /// <summary>The eligibility request body the case stands for.</summary>
    public string RequestJson() =>
        new JsonObject { ["referenceDate"] = ReferenceDate, ["profile"] = Profile.DeepClone() }.ToJsonString();

    private static Dictionary<string, ScreeningCase> Load()
    {
        var cases = new Dictionary<string, ScreeningCase>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Cases"), "*.json").Order(StringComparer.Ordinal))
        {
            foreach (var @case in JsonSerializer.Deserialize<List<ScreeningCase>>(File.ReadAllText(file), Reading)!)
            {
                if (!cases.TryAdd(@case.Name, @case))
                {
                    throw new InvalidOperationException($"Two cases are named '{@case.Name}' ({Path.GetFileName(file)}).");
                }
            }
        }

        return cases;
    }

    /// <summary>
    /// What must come back. Tiers and conditions name only what the case is about (others may be
    /// anything); errors, when given, are every bad field of the answer, each with words its reason contains.
    /// </summary>
    public sealed record Expectation(
        Dictionary<string, string>? Tiers = null,
        Dictionary<string, string>? Conditions = null,
        Dictionary<string, string>? Errors = null);
}
