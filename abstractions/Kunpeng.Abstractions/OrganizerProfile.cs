namespace Kunpeng.Abstractions;

/// <summary>The organizational facts of one domain, taken from its implementation rules.</summary>
/// <param name="Bodies">Every body the rules name, each with its roles in the cycle.</param>
/// <param name="Intake">Who may nominate or apply, by when, and with which documents.</param>
/// <param name="Tiers">The two tiers of the domain, with yearly quota and grant.</param>
/// <param name="PlanApprovalRequired">True when the annual plan needs a body's approval before it is filed.</param>
public sealed record OrganizerProfile(
    IReadOnlyList<OrganizingBody> Bodies,
    IntakeRules Intake,
    IReadOnlyList<TierDefinition> Tiers,
    bool PlanApprovalRequired);
