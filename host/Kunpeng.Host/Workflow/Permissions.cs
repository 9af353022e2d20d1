using Kunpeng.Host.Problems;
using Kunpeng.Host.Security;

namespace Kunpeng.Host.Workflow;

/// <summary>
/// Who may act, checked the same way by every step (403): the role rules that sit beside each record
/// kind's scope rule (<see cref="Writing.RecordKind{T}.CanSee"/>, 404).
/// </summary>
public static class Permissions
{
    /// <summary>Talent Office only.</summary>
    public static void RequireTalentOffice(Actor actor, string what)
    {
        if (!actor.IsTalentOffice)
        {
            throw new ForbiddenException($"Only the Talent Office (区人才办) may {what}.");
        }
    }

    /// <summary>The Talent Office, or an officer of this domain's bureau.</summary>
    public static void RequireDomainManager(Actor actor, string domainId, string what)
    {
        if (!actor.CanManageDomain(domainId))
        {
            throw new ForbiddenException(actor.Role == KunpengRoles.BureauOfficer
                ? $"A bureau officer of '{actor.DomainId}' cannot {what} in the domain '{domainId}'."
                : $"Only the Talent Office and the {domainId} bureau may {what}.");
        }
    }

    /// <summary>
    /// The domain a bureau-level list is confined to: the officer's own when none is asked for, another
    /// refused (403); the Talent Office, whatever was asked (null: all); other roles refused.
    /// </summary>
    public static string? ListScope(Actor actor, string? domainId, string what)
    {
        if (actor.IsTalentOffice)
        {
            return domainId;
        }

        if (actor.Role == KunpengRoles.BureauOfficer && actor.DomainId is { } own)
        {
            return domainId is null || domainId == own
                ? own
                : throw new ForbiddenException($"A bureau officer of '{own}' cannot list {what} of the domain '{domainId}'.");
        }

        throw new ForbiddenException($"The role '{actor.Role}' cannot list {what}.");
    }
}
