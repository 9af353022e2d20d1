using Kunpeng.Host.Problems;
using Kunpeng.Host.Workflow.Cycles;
using Kunpeng.Host.Workflow.Dashboard;
using Kunpeng.Host.Workflow.Grants;
using Kunpeng.Host.Workflow.Implementation;
using Kunpeng.Host.Workflow.Plans;
using Kunpeng.Workflow.Tests.Infrastructure;
using LiteDB;

namespace Kunpeng.Workflow.Tests.Dashboard;

public sealed class DashboardTests : IDisposable
{
    private readonly SeededCycleRegistry _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public void A_year_shows_per_domain_and_tier_nominations_verdicts_selected_vs_quota_plan_targets_and_grants()
    {
        var health = _f.SeedCycle("health", top: 2, backbone: 3);
        var education = _f.SeedCycle("education", top: 1, backbone: 2);
        AddScreenings(health);
        _f.Accept(health);
        _f.Grants.Release(Actors.TalentOffice, health.Id, new GrantRelease([new GrantAdjustment(health.Backbone[2], "withheld", null, "调离本区")]));
        _f.Plans.Create(Actors.TeachersSchool, education.Id);

        var year = _f.Dashboard.ForYear(Actors.TalentOffice, 2015, null);

        Assert.Equal(["education", "health"], year.Domains.Select(d => d.DomainId));
        var h = year.Domains.Single(d => d.DomainId == "health");
        Assert.Equal(CycleStage.Closed, h.Stage);
        var top = h.Tiers.Single(t => t.Tier == "top");
        var backbone = h.Tiers.Single(t => t.Tier == "backbone");
        Assert.Equal((2, 2, 5, true), (top.Nominations, top.Selected, top.Quota!.Value, top.QuotaApproximate));
        Assert.Equal(new Dictionary<string, int> { ["selected"] = 2 }, top.NominationsByStatus);
        Assert.Equal(new Dictionary<string, int> { ["panel-rejected"] = 1, ["selected"] = 3 }, backbone.NominationsByStatus);
        // Latest screening wins: top-1 was ineligible, then eligible on re-screening; top-2 has an odd shape.
        Assert.Equal(new Dictionary<string, int> { ["eligible"] = 1, ["needs-panel"] = 1 }, top.VerdictsByLatestScreening);
        Assert.Equal(new Dictionary<string, int> { ["ineligible"] = 1, ["unscreened"] = 3 }, backbone.VerdictsByLatestScreening);
        Assert.Equal((2, 20_000m), (top.GrantCount, top.GrantAmount));
        Assert.Equal((2, 10_000m), (backbone.GrantCount, backbone.GrantAmount));
        Assert.Equal((4, 30_000m), (h.GrantCount, h.GrantAmount));
        Assert.Equal(new PlanState(1, PlanStatus.Filed, 1, 5, 20_000m), h.Plan);
        Assert.Equal(1, h.Activities);
        Assert.Equal(4, h.Targets.Count);
        Assert.Equal(0, h.TargetsMet);
        Assert.Equal(SummaryStatus.Accepted, h.SummaryStatus);

        var e = year.Domains.Single(d => d.DomainId == "education");
        Assert.Equal(PlanStatus.Draft, e.Plan!.LatestStatus);
        Assert.Null(e.Plan.FiledRevision);
        Assert.Equal(0, e.GrantCount);
        Assert.Equal((4, 30_000m), (year.GrantCount, year.GrantAmount));
    }

    [Fact]
    public void A_bureau_officer_sees_only_its_own_domain()
    {
        _f.SeedCycle("health");
        _f.SeedCycle("education");

        Assert.Equal(["health"], _f.Dashboard.ForYear(Actors.HealthOfficer, 2015, null).Domains.Select(d => d.DomainId));
        Assert.Equal("health", _f.Dashboard.ForDomain(Actors.HealthOfficer, 2015, "health").DomainId);
        Assert.Throws<ForbiddenException>(() => _f.Dashboard.ForDomain(Actors.HealthOfficer, 2015, "education"));
        Assert.Throws<ForbiddenException>(() => _f.Dashboard.ForYear(Actors.Reviewer, 2015, null));
        Assert.Throws<NotFoundException>(() => _f.Dashboard.ForDomain(Actors.TalentOffice, 2016, "health"));
        Assert.Empty(_f.Dashboard.ForYear(Actors.TalentOffice, 2016, null).Domains);
    }

    [Fact]
    public void Latest_verdict_is_read_defensively()
    {
        var at = (int day) => new BsonValue(new DateTime(2015, 5, day, 0, 0, 0, DateTimeKind.Utc));
        BsonDocument Screening(string verdict, int? day = null)
        {
            var doc = new BsonDocument { ["Verdict"] = verdict };
            if (day is { } d)
            {
                doc["AtUtc"] = at(d);
            }

            return doc;
        }

        Assert.Equal("unscreened", DashboardService.LatestVerdict(new BsonDocument()));
        Assert.Equal("unscreened", DashboardService.LatestVerdict(new BsonDocument { ["Screenings"] = new BsonArray() }));
        Assert.Equal("unscreened", DashboardService.LatestVerdict(new BsonDocument { ["Screenings"] = "garbage" }));
        Assert.Equal("eligible", DashboardService.LatestVerdict(new BsonDocument { ["Screenings"] = new BsonArray(Screening("Ineligible", 2), Screening("Eligible", 9)) }));
        Assert.Equal("ineligible", DashboardService.LatestVerdict(new BsonDocument { ["Screenings"] = new BsonArray(Screening("Ineligible", 9), Screening("Eligible", 2)) }));
        Assert.Equal("needs-panel", DashboardService.LatestVerdict(new BsonDocument { ["Screenings"] = new BsonArray(Screening("Eligible"), Screening("NeedsPanel")) }));
        Assert.Equal("eligible", DashboardService.LatestVerdict(new BsonDocument
        {
            ["Screenings"] = new BsonArray(new BsonDocument { ["Verdict"] = new BsonDocument { ["Status"] = "Eligible" } }),
        }));
        Assert.Equal("ineligible", DashboardService.LatestVerdict(new BsonDocument { ["LatestVerdict"] = "ineligible" }));
    }

    private void AddScreenings(SeededCycle cycle)
    {
        _f.Registry.Write(db =>
        {
            var nominations = db.GetCollection(CycleSteps.Nominations);
            void Set(string id, BsonArray screenings)
            {
                var doc = nominations.FindById(id);
                doc["Screenings"] = screenings;
                nominations.Update(doc);
            }

            Set(cycle.Top[0], new BsonArray(
                new BsonDocument { ["Verdict"] = "Ineligible", ["AtUtc"] = new DateTime(2015, 4, 1, 0, 0, 0, DateTimeKind.Utc), ["PluginVersion"] = "1.0.0" },
                new BsonDocument { ["Verdict"] = "Eligible", ["AtUtc"] = new DateTime(2015, 4, 9, 0, 0, 0, DateTimeKind.Utc), ["PluginVersion"] = "1.0.1" }));
            Set(cycle.Top[1], new BsonArray(new BsonDocument { ["Outcome"] = "needs-panel" }, new BsonDocument { ["Note"] = "no verdict here" }));
            Set(cycle.Rejected, new BsonArray(new BsonDocument { ["Verdict"] = "Ineligible" }));
        });
    }
}
