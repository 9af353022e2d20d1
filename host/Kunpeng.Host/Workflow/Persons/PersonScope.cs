using Kunpeng.Host.Security;

namespace Kunpeng.Host.Workflow.Persons;

/// <summary>
/// Who sees a person, and who may list whom: the scope keys a person carries (<see cref="Person.Scopes"/>)
/// are the same rule as an index can answer it.
/// </summary>
public static class PersonScope
{
    public static string Domain(string domainId) => "domain:" + domainId;

    public static string Unit(string unit) => "unit:" + unit;

    /// <summary>Talent Office: all; bureau: nominated in its domain or entered by the officer; unit: entered or nominated by it; applicant: entered by them.</summary>
    public static bool CanSee(Actor actor, Person p) => actor.Role switch
    {
        KunpengRoles.TalentOffice => true,
        KunpengRoles.BureauOfficer => (actor.DomainId is { } d && p.NominatedIn.Contains(d)) || p.CreatedBy == actor.AccountId,
        KunpengRoles.NominatingUnit => actor.Unit is { } u && (p.CreatedByUnit == u || p.NominatedByUnits.Contains(u)),
        KunpengRoles.Applicant => p.CreatedBy == actor.AccountId,
        _ => false,
    };

    /// <summary>Whoever may see the whole resident ID: the Talent Office, and the bureau of a domain the person is nominated in.</summary>
    public static bool SeesResidentId(Actor actor, Person p) =>
        actor.IsTalentOffice || (actor.Role == KunpengRoles.BureauOfficer && actor.DomainId is { } d && p.NominatedIn.Contains(d));
}
