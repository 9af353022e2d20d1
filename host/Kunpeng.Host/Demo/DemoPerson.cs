using System.Text.Json;

namespace Kunpeng.Host.Demo;

/// <summary>A person of the demo's talent database, with the facts (docs/profile-facts.md) their nomination is screened on.</summary>
/// <param name="Name">Full name.</param>
/// <param name="BirthDate">Encoded in the resident ID.</param>
/// <param name="Male">Encoded in the resident ID.</param>
/// <param name="Sequence">Tells apart people born the same day (0–99).</param>
/// <param name="Unit">Where the person works.</param>
/// <param name="Profile">The facts, written with the wire names (camelCase, kebab-case values).</param>
public sealed record DemoPerson(string Name, DateOnly BirthDate, bool Male, int Sequence, string Unit, object Profile)
{
    public string ResidentId => DemoResidentIds.For(BirthDate, Male, Sequence);

    public JsonElement ProfileJson => JsonSerializer.SerializeToElement(Profile);
}
