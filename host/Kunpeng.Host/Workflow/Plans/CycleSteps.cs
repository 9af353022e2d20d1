using Kunpeng.Host.Workflow.Audit;
using Kunpeng.Host.Problems;
using Kunpeng.Host.Registry;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Cycles;
using Kunpeng.Host.Workflow.Determinations;
using Kunpeng.Host.Workflow.Nominations;
using LiteDB;

namespace Kunpeng.Host.Workflow.Plans;

/// <summary>
/// What steps 6–10 share: reading a cycle and its fixed determination (written by steps 1–5),
/// checking who may act on a domain, and moving the cycle's stage with an audit entry.
/// </summary>
public static class CycleSteps
{
    public static readonly string Cycles = Cycle.Set.Name;
    public const string Nominations = "nominations";
    public const string Determinations = "determinations";

    /// <summary>Talent Office, or an officer of this domain's bureau; anyone else is refused (403).</summary>
    public static void RequireDomainManager(Actor actor, string domainId)
    {
        if (!actor.CanManageDomain(domainId))
        {
            throw new ForbiddenException(actor.Role == KunpengRoles.BureauOfficer
                ? $"A bureau officer of '{actor.DomainId}' cannot act on the domain '{domainId}'."
                : $"The role '{actor.Role}' cannot act on plans, implementation, grants, tasks or engagement.");
        }
    }

    /// <summary>Talent Office only (acceptance, grant release).</summary>
    public static void RequireTalentOffice(Actor actor, string what)
    {
        if (!actor.IsTalentOffice)
        {
            throw new ForbiddenException($"Only the Talent Office (区人才办) may {what}.");
        }
    }

    /// <summary>
    /// The domain a list is restricted to: the officer's own when none is asked for; another
    /// domain is refused (403). Talent Office: whatever was asked (null = all). Other roles: 403.
    /// </summary>
    public static string? ListScope(Actor actor, string? domainId)
    {
        if (actor.IsTalentOffice)
        {
            return domainId;
        }

        if (actor.Role == KunpengRoles.BureauOfficer && actor.DomainId is { } own)
        {
            if (domainId is not null && domainId != own)
            {
                throw new ForbiddenException($"A bureau officer of '{own}' cannot list the domain '{domainId}'.");
            }

            return own;
        }

        throw new ForbiddenException($"The role '{actor.Role}' cannot list plans, implementation, grants, tasks or engagement.");
    }

    /// <summary>The cycle's determination, required to be fixed (409 otherwise).</summary>
    public static Determination FixedDetermination(LiteDatabase db, Cycle cycle, string step)
    {
        var determination = db.GetCollection<Determination>(Determinations).FindById(cycle.Id);
        if (determination is null || determination.Status != DeterminationStatus.Fixed)
        {
            throw new StepOutOfOrderException($"Cannot {step}: the determination of cycle '{cycle.Id}' is not fixed yet.");
        }

        return determination;
    }

    /// <summary>
    /// The people selected in the cycle: the fixed determination's nominations that are
    /// <see cref="NominationStatus.Selected"/>, tier by tier in the determination's order.
    /// </summary>
    public static IReadOnlyList<SelectedPerson> Selected(LiteDatabase db, Determination determination)
    {
        var nominations = db.GetCollection<Nomination>(Nominations);
        var selected = new List<SelectedPerson>();
        foreach (var tier in determination.Tiers)
        {
            foreach (var id in tier.NominationIds)
            {
                var nomination = nominations.FindById(id);
                if (nomination is { Status: NominationStatus.Selected })
                {
                    selected.Add(new SelectedPerson(nomination.Id, nomination.PersonId, nomination.PersonName, tier.Tier, nomination.Unit));
                }
            }
        }

        return selected;
    }

    /// <summary>Moves the cycle one stage and records it; call inside <see cref="RegistryDatabase.Write{T}"/>.</summary>
    public static Cycle MoveStage(LiteDatabase db, AuditTrail audit, Actor actor, Cycle cycle, CycleStage to, string action)
    {
        var before = Copy(cycle);
        cycle.Stage = to;
        cycle.Version++;
        db.GetCollection<Cycle>(Cycles).Update(cycle);
        audit.Record(db, actor, action, "cycle", cycle.Id, cycle.DomainId, before, cycle);
        return cycle;
    }

    /// <summary>A deep copy for the audit trail's before-image (the entity is changed in place afterwards).</summary>
    public static T Copy<T>(T entity) where T : class =>
        System.Text.Json.JsonSerializer.Deserialize<T>(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(entity))!;
}

/// <summary>A person on a cycle's fixed list.</summary>
/// <param name="NominationId">The selected nomination.</param>
/// <param name="PersonId">The person.</param>
/// <param name="PersonName">Name, as the nomination carries it.</param>
/// <param name="Tier">Tier selected for.</param>
/// <param name="Unit">Nominating unit.</param>
public sealed record SelectedPerson(string NominationId, string PersonId, string PersonName, string Tier, string Unit);
