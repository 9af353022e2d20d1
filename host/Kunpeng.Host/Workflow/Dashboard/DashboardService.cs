using System.Text.Json;
using Kunpeng.Host.Registry;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Cycles;
using Kunpeng.Host.Workflow.Determinations;
using Kunpeng.Host.Workflow.Grants;
using Kunpeng.Host.Workflow.Implementation;
using Kunpeng.Host.Workflow.Plans;
using LiteDB;

namespace Kunpeng.Host.Workflow.Dashboard;

/// <summary>
/// The programme at a glance for a year: per domain and tier, nominations by status, verdicts by
/// latest screening, selected against quota, the plan's state, activities against targets and
/// grants paid. Nominations are read as raw documents, so fields added by the nomination and
/// screening steps are read defensively and a shape it does not know counts as unscreened.
/// </summary>
public sealed class DashboardService(RegistryDatabase registry, IDomainTermsSource terms)
{
    public const string Unscreened = "unscreened";

    /// <summary>Every domain's cycle of the year (a bureau officer: its own domain only).</summary>
    public YearDashboard ForYear(Actor actor, int year, string? domainId)
    {
        var domain = CycleSteps.ListScope(actor, domainId);
        var db = registry.Database;
        var cycles = db.GetCollection<Cycle>(CycleSteps.Cycles).Find(c => c.Year == year)
            .Where(c => domain is null || c.DomainId == domain)
            .OrderBy(c => c.DomainId, StringComparer.Ordinal)
            .ToList();
        var domains = cycles.Select(c => ForCycle(db, c)).ToList();
        return new YearDashboard(year, domains, domains.Sum(d => d.GrantCount), domains.Sum(d => d.GrantAmount));
    }

    /// <summary>One domain's cycle of the year; 404 when it has none.</summary>
    public DomainDashboard ForDomain(Actor actor, int year, string domainId)
    {
        CycleSteps.RequireDomainManager(actor, domainId);
        var db = registry.Database;
        var cycle = db.GetCollection<Cycle>(CycleSteps.Cycles).FindOne(c => c.Year == year && c.DomainId == domainId)
            ?? throw new Problems.NotFoundException("Cycle", $"{domainId}-{year}");
        return ForCycle(db, cycle);
    }

    private DomainDashboard ForCycle(LiteDatabase db, Cycle cycle)
    {
        var domain = terms.Find(cycle.DomainId);
        var nominations = db.GetCollection(CycleSteps.Nominations).Find(Query.EQ("CycleId", cycle.Id)).ToList();
        var determination = db.GetCollection<Determination>(CycleSteps.Determinations).FindById(cycle.Id);
        var selected = determination is { Status: DeterminationStatus.Fixed } ? CycleSteps.Selected(db, determination) : [];
        var grants = db.GetCollection<GrantRecord>(GrantService.Collection).Find(g => g.CycleId == cycle.Id).ToList();

        var tierIds = (domain?.Tiers.Select(t => t.Id) ?? [])
            .Concat(determination?.Tiers.Select(t => t.Tier) ?? [])
            .Concat(nominations.Select(n => Text(n, "Tier")).OfType<string>())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var tiers = tierIds.Select(tier =>
        {
            var ofTier = nominations.Where(n => Text(n, "Tier") == tier).ToList();
            var tierTerms = domain?.Tier(tier);
            var paid = grants.Where(g => g.Tier == tier && g.Amount > 0).ToList();
            return new TierDashboard(
                tier,
                tierTerms?.NameZh,
                ofTier.Count,
                Count(ofTier.Select(n => Kebab(Text(n, "Status") ?? "unknown"))),
                Count(ofTier.Select(LatestVerdict)),
                determination is { Status: DeterminationStatus.Fixed }
                    ? selected.Count(s => s.Tier == tier)
                    : ofTier.Count(n => Text(n, "Status") == "Selected"),
                determination?.Tiers.FirstOrDefault(t => t.Tier == tier)?.Quota ?? tierTerms?.QuotaTarget,
                tierTerms?.QuotaApproximate ?? false,
                paid.Count,
                paid.Sum(g => g.Amount));
        }).ToList();

        var plans = registry.Seam.Read(AnnualPlan.Set);
        var latest = PlanRevisions.Latest(plans, cycle.Id);
        var filed = PlanRevisions.Filed(plans, cycle.Id);
        var plan = latest is null ? null : new PlanState(latest.Revision, latest.Status, filed?.Revision, latest.TraineeCount, latest.TotalBudgetCny);
        var targets = TargetProgress.Of(plans, registry.Seam.Read(ActivityRecord.Set), cycle, terms);
        var summary = registry.Seam.Read(YearEndSummary.Set).Find(cycle.Id);
        var paidAll = grants.Where(g => g.Amount > 0).ToList();
        return new DomainDashboard(
            cycle.DomainId,
            domain?.NameZh,
            cycle.Id,
            cycle.Stage,
            tiers,
            plan,
            registry.Seam.Read(ActivityRecord.Set).Count(Kunpeng.Registry.Filter.Eq<ActivityRecord>(a => a.CycleId, cycle.Id)),
            targets,
            targets.Count(t => t.Met),
            summary?.Status,
            summary?.Late ?? false,
            paidAll.Count,
            paidAll.Sum(g => g.Amount));
    }

    /// <summary>
    /// The verdict of a nomination's latest screening, kebab-case. Reads a <c>Screenings</c> array
    /// (the newest with a readable verdict: by a date field when there is one, else by position; the verdict in
    /// <c>Verdict</c>, <c>Outcome</c> or <c>Result</c>, or a <c>Status</c> inside it), or else a
    /// top-level <c>LatestVerdict</c> / <c>Verdict</c>; <c>unscreened</c> when nothing fits.
    /// </summary>
    public static string LatestVerdict(BsonDocument nomination)
    {
        foreach (var field in new[] { "Screenings", "screenings" })
        {
            if (nomination.TryGetValue(field, out var value) && value.IsArray)
            {
                var screenings = value.AsArray.Where(s => s.IsDocument).Select(s => s.AsDocument).ToList();
                if (screenings.Count == 0)
                {
                    continue;
                }

                var newestFirst = screenings.Select((s, i) => (Screening: s, Index: i, At: When(s)))
                    .OrderByDescending(s => s.At ?? DateTime.MinValue).ThenByDescending(s => s.Index);
                foreach (var (screening, _, _) in newestFirst)
                {
                    if (VerdictIn(screening) is { } verdict)
                    {
                        return verdict;
                    }
                }
            }
        }

        return VerdictIn(nomination, "LatestVerdict", "Verdict") ?? Unscreened;
    }

    private static string? VerdictIn(BsonDocument doc, params string[] fields)
    {
        foreach (var field in fields.Length > 0 ? fields : ["Verdict", "Outcome", "Result"])
        {
            if (!doc.TryGetValue(field, out var value))
            {
                continue;
            }

            if (value.IsString && value.AsString.Length > 0)
            {
                return Kebab(value.AsString);
            }

            if (value.IsDocument && VerdictIn(value.AsDocument, "Verdict", "Status", "Outcome") is { } inner)
            {
                return inner;
            }
        }

        return null;
    }

    private static DateTime? When(BsonDocument screening)
    {
        foreach (var field in new[] { "AtUtc", "ScreenedUtc", "ScreenedAtUtc", "CreatedUtc", "At" })
        {
            if (screening.TryGetValue(field, out var value) && value.IsDateTime)
            {
                return value.AsDateTime.ToUniversalTime();
            }
        }

        return null;
    }

    private static string? Text(BsonDocument doc, string field) =>
        doc.TryGetValue(field, out var value) && value.IsString ? value.AsString : null;

    private static string Kebab(string name) => name.Contains('-') ? name.ToLowerInvariant() : JsonNamingPolicy.KebabCaseLower.ConvertName(name);

    private static IReadOnlyDictionary<string, int> Count(IEnumerable<string> values) =>
        values.GroupBy(v => v, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());
}
