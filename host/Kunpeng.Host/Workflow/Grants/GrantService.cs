using Kunpeng.Host.Workflow.Audit;
using Kunpeng.Host.Api.Models;
using Kunpeng.Host.Problems;
using Kunpeng.Host.Registry;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Cycles;
using Kunpeng.Host.Workflow.Plans;
using LiteDB;

namespace Kunpeng.Host.Workflow.Grants;

/// <summary>
/// Step 8, grants: only an accepted cycle releases them, one per selected person at the tier's
/// amount (withheld or reduced only with a reason), into the ledger; releasing closes the cycle.
/// A second release of the same cycle is refused (409): the ledger already holds it.
/// </summary>
public sealed class GrantService(RegistryDatabase registry, AuditTrail audit, IDomainTermsSource terms, TimeProvider clock)
{
    public const string Collection = "grants";

    public static void EnsureIndexes(LiteDatabase db)
    {
        var grants = db.GetCollection<GrantRecord>(Collection);
        grants.EnsureIndex(g => g.CyclePerson, unique: true);
        grants.EnsureIndex(g => g.CycleId);
        grants.EnsureIndex(g => g.DomainId);
        grants.EnsureIndex(g => g.Year);
        grants.EnsureIndex(g => g.PersonId);
    }

    /// <summary>Releases the cycle's grants (Talent Office only) and closes it (Accepted → Closed).</summary>
    public IReadOnlyList<GrantRecord> Release(Actor actor, string cycleId, GrantRelease request)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return registry.Write(db =>
        {
            var cycle = CycleGuards.LoadCycle(db, cycleId);
            CycleSteps.RequireTalentOffice(actor, "release grants");
            var grants = db.GetCollection<GrantRecord>(Collection);
            if (cycle.Stage == CycleStage.Closed || grants.Exists(g => g.CycleId == cycleId))
            {
                var paid = new ConflictException("Grants already released",
                    $"The grants of cycle '{cycleId}' were released already; nobody is paid twice. GET /api/grants?cycleId={cycleId} shows them.");
                paid.Extensions["cycleId"] = cycleId;
                throw paid;
            }

            CycleGuards.RequireStage(cycle, "release grants", CycleStage.Accepted);
            var determination = CycleSteps.FixedDetermination(db, cycle, "release grants");
            var selected = CycleSteps.Selected(db, determination);
            var twice = selected.GroupBy(s => s.PersonId).FirstOrDefault(g => g.Count() > 1);
            if (twice is not null)
            {
                throw new ConflictException("Person selected twice",
                    $"Person '{twice.Key}' is selected more than once in cycle '{cycleId}' ({string.Join(", ", twice.Select(s => s.NominationId))}); correct the determination first.");
            }

            var domain = terms.Find(cycle.DomainId) ?? throw new DomainUnavailableException(cycle.DomainId);
            var adjustments = ValidateAdjustments(request, selected, domain);

            var released = new List<GrantRecord>();
            foreach (var person in selected)
            {
                var standard = domain.Tier(person.Tier)?.GrantCny
                    ?? throw new ConflictException("Unknown tier", $"Nomination '{person.NominationId}' is selected for tier '{person.Tier}', which '{cycle.DomainId}' does not define.");
                var grant = new GrantRecord
                {
                    Id = Guid.NewGuid().ToString("N"),
                    CycleId = cycle.Id,
                    DomainId = cycle.DomainId,
                    Year = cycle.Year,
                    PersonId = person.PersonId,
                    PersonName = person.PersonName,
                    NominationId = person.NominationId,
                    Tier = person.Tier,
                    StandardAmount = standard,
                    Amount = standard,
                    Status = GrantStatus.Paid,
                    AtUtc = now,
                    ByActor = actor.AccountId,
                    ByActorName = actor.Name,
                    CyclePerson = GrantRecord.Key(cycle.Id, person.PersonId),
                };
                if (adjustments.TryGetValue(person.NominationId, out var adjustment))
                {
                    grant.Status = adjustment.Status;
                    grant.Amount = adjustment.Status == GrantStatus.Withheld ? 0m : adjustment.Amount;
                    grant.Reason = adjustment.Reason;
                }

                grants.Insert(grant);
                audit.Record(db, actor, $"grant.{WireNames.Of(grant.Status)}", "grant", grant.Id, grant.DomainId, null, grant);
                released.Add(grant);
            }

            CycleSteps.MoveStage(db, audit, actor, cycle, CycleStage.Closed, "cycle.closed");
            return released;
        });
    }

    /// <summary>Ledger lines by domain, cycle, year, tier and status.</summary>
    public PagedList<GrantRecord> List(Actor actor, string? domainId, string? cycleId, int? year, string? tier, GrantStatus? status, Paging paging)
    {
        var domain = CycleSteps.ListScope(actor, domainId);
        var query = registry.Database.GetCollection<GrantRecord>(Collection).Query();
        if (domain is not null)
        {
            query = query.Where(g => g.DomainId == domain);
        }

        if (cycleId is not null)
        {
            query = query.Where(g => g.CycleId == cycleId);
        }

        if (year is not null)
        {
            query = query.Where(g => g.Year == year.Value);
        }

        if (tier is not null)
        {
            query = query.Where(g => g.Tier == tier);
        }

        if (status is not null)
        {
            query = query.Where(Query.EQ(nameof(GrantRecord.Status), status.Value.ToString()));
        }

        return query.Page(paging, q => q.OrderBy(g => g.CyclePerson));
    }

    /// <summary>Totals per domain and year (a bureau officer sees its own domain only).</summary>
    public GrantTotalsReport Totals(Actor actor, string? domainId, int? year)
    {
        var domain = CycleSteps.ListScope(actor, domainId);
        var query = registry.Database.GetCollection<GrantRecord>(Collection).Query();
        if (domain is not null)
        {
            query = query.Where(g => g.DomainId == domain);
        }

        if (year is not null)
        {
            query = query.Where(g => g.Year == year.Value);
        }

        var rows = Summarize(query.ToList());
        return new GrantTotalsReport(rows, rows.Sum(r => r.Persons), rows.Sum(r => r.Amount));
    }

    public static IReadOnlyList<GrantTotals> Summarize(IEnumerable<GrantRecord> grants) =>
        grants.GroupBy(g => (g.Year, g.DomainId))
            .OrderBy(g => g.Key.Year).ThenBy(g => g.Key.DomainId, StringComparer.Ordinal)
            .Select(g => new GrantTotals(
                g.Key.DomainId, g.Key.Year, g.Count(),
                g.Count(x => x.Status == GrantStatus.Paid), g.Count(x => x.Status == GrantStatus.Reduced), g.Count(x => x.Status == GrantStatus.Withheld),
                g.Sum(x => x.StandardAmount), g.Sum(x => x.Amount)))
            .ToList();

    private static Dictionary<string, (GrantStatus Status, decimal Amount, string Reason)> ValidateAdjustments(
        GrantRelease request, IReadOnlyList<SelectedPerson> selected, DomainTerms domain)
    {
        var errors = new FieldErrors();
        var result = new Dictionary<string, (GrantStatus, decimal, string)>(StringComparer.Ordinal);
        var byNomination = selected.ToDictionary(s => s.NominationId, StringComparer.Ordinal);
        var adjustments = request.Adjustments ?? [];
        for (var i = 0; i < adjustments.Count; i++)
        {
            var at = $"adjustments[{i}]";
            var a = adjustments[i];
            if (a is null)
            {
                errors.Add(at, "Required.");
                continue;
            }

            var nominationId = errors.Text($"{at}.nominationId", a.NominationId, 100);
            SelectedPerson? person = null;
            if (nominationId is not null && !byNomination.TryGetValue(nominationId, out person))
            {
                errors.Add($"{at}.nominationId", $"'{nominationId}' is not a selected nomination of this cycle.");
            }
            else if (nominationId is not null && result.ContainsKey(nominationId))
            {
                errors.Add($"{at}.nominationId", "Adjusted twice.");
            }

            var status = errors.Enum<GrantStatus>($"{at}.status", a.Status);
            if (status == GrantStatus.Paid)
            {
                errors.Add($"{at}.status", "An adjustment withholds or reduces: withheld or reduced.");
            }

            var reason = errors.Text($"{at}.reason", a.Reason, 2000);
            decimal amount = 0;
            if (status == GrantStatus.Reduced)
            {
                var standard = person is null ? null : domain.Tier(person.Tier)?.GrantCny;
                if (a.Amount is null)
                {
                    errors.Add($"{at}.amount", "Required for a reduced grant.");
                }
                else if (a.Amount <= 0 || (standard is { } s && a.Amount >= s))
                {
                    errors.Add($"{at}.amount", standard is { } max ? $"More than 0 and less than the tier's {max:0.##} CNY." : "More than 0.");
                }
                else
                {
                    amount = decimal.Round(a.Amount.Value, 2);
                }
            }
            else if (status == GrantStatus.Withheld && a.Amount is > 0)
            {
                errors.Add($"{at}.amount", "A withheld grant has no amount.");
            }

            if (nominationId is not null && person is not null && status is { } st && st != GrantStatus.Paid && reason is not null)
            {
                result[nominationId] = (st, amount, reason);
            }
        }

        errors.ThrowIfAny();
        return result;
    }
}
