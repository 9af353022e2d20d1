using Kunpeng.Host.Problems;
using Kunpeng.Host.Security;

namespace Kunpeng.Host.Workflow.Nominations;

/// <summary>
/// Who sees and who changes a nomination. A nomination carries personal data, so outside the
/// caller's scope it does not exist for them (404, never 403: its existence must not leak). A
/// caller who may see it but not do what they asked (a reviewer submitting it, a unit re-screening
/// it) gets 403.
/// </summary>
public static class NominationScope
{
    /// <summary>Talent Office: all; bureau: its domain; reviewer: assigned; unit: its own; applicant: own applications.</summary>
    public static bool CanSee(Actor actor, Nomination n) =>
        actor.IsTalentOffice
        || actor.IsBureauOfficerOf(n.DomainId)
        || (actor.Role == KunpengRoles.ExpertReviewer && n.ReviewerIds.Contains(actor.AccountId))
        || IsNominator(actor, n);

    /// <summary>The unit that nominated it, or the applicant who applied.</summary>
    public static bool IsNominator(Actor actor, Nomination n) =>
        (actor.Role == KunpengRoles.NominatingUnit && actor.Unit is not null && n.Channel != NominationChannels.SelfApplication && n.Unit == actor.Unit)
        || (actor.Role == KunpengRoles.Applicant && n.NominatedBy == actor.AccountId);

    /// <summary>The nomination if the caller may see it; 404 otherwise.</summary>
    public static Nomination Visible(Actor actor, Nomination? n, string id) =>
        n is not null && CanSee(actor, n) ? n : throw new NotFoundException("Nomination", id);

    /// <summary>Draft edits, documents, submit, withdraw: the nominator, the domain's bureau, the Talent Office.</summary>
    public static void RequireEditor(Actor actor, Nomination n)
    {
        if (!actor.CanManageDomain(n.DomainId) && !IsNominator(actor, n))
        {
            throw new ForbiddenException($"Only its nominator, the {n.DomainId} bureau or the Talent Office may change nomination '{n.Id}'.");
        }
    }

    /// <summary>Re-screening, reviewer assignment: the domain's bureau and the Talent Office.</summary>
    public static void RequireManager(Actor actor, Nomination n)
    {
        if (!actor.CanManageDomain(n.DomainId))
        {
            throw new ForbiddenException($"Only the {n.DomainId} bureau or the Talent Office may do this to nomination '{n.Id}'.");
        }
    }
}
