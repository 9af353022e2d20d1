namespace Kunpeng.Host.Workflow.Determinations;

/// <summary>A person on a cycle's fixed list.</summary>
/// <param name="NominationId">The selected nomination.</param>
/// <param name="PersonId">The person.</param>
/// <param name="PersonName">Name, as the nomination carries it.</param>
/// <param name="Tier">Tier selected for.</param>
/// <param name="Unit">Nominating unit.</param>
public sealed record SelectedPerson(string NominationId, string PersonId, string PersonName, string Tier, string Unit);
