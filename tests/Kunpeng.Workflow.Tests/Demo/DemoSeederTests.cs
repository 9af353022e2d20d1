using System.Net;
using Kunpeng.Host.Api;
using Kunpeng.Host.Demo;
using Kunpeng.Host.Eligibility;
using Kunpeng.Host.Registry;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow;
using Kunpeng.Host.Workflow.Cycles;
using Kunpeng.Host.Workflow.Engagement;
using Kunpeng.Host.Workflow.Grants;
using Kunpeng.Host.Workflow.Implementation;
using Kunpeng.Host.Workflow.Nominations;
using Kunpeng.Host.Workflow.Persons;
using Kunpeng.Host.Workflow.Tasks;
using Kunpeng.Workflow.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kunpeng.Workflow.Tests.Demo;

/// <summary>
/// The seeded demo on a registry in a temp folder with the ten real plugins, the clock at today
/// (as when a person runs it: 2015's deadlines long past): the stages it leaves, that its data
/// is what the API shows a demo account, and that it is written once.
/// </summary>
public sealed class DemoSeederTests(SeededDemoHost seeded) : IClassFixture<SeededDemoHost>, IDisposable
{
    private static readonly Actor TalentOffice = Actor.System;
    private static readonly Paging All = new(1, Paging.MaxPageSize);
    private readonly List<WorkflowHost> _hosts = [];

    [Fact]
    public async Task Seeding_fills_2015_education_closed_health_implementing_culture_nominating()
    {
        var host = seeded.Host;
        var services = host.Services;
        var cycles = services.GetRequiredService<CycleService>().List(null, 2015, null, All).Items.ToDictionary(c => c.DomainId);

        // The year opened in every domain; the three walked domains where the demo leaves them.
        Assert.Equal(10, cycles.Count);
        Assert.Equal(CycleStage.Closed, cycles["education"].Stage);
        Assert.Equal(CycleStage.Implementing, cycles["health"].Stage);
        Assert.Equal(CycleStage.Nominating, cycles["culture"].Stage);
        Assert.All(cycles.Values.Where(c => c.DomainId is not ("education" or "health" or "culture")), c => Assert.Equal(CycleStage.Nominating, c.Stage));
        Assert.Equal(new DateOnly(2015, 9, 30), cycles["education"].ReferenceDate);
        Assert.True(CycleRules.AcceptsNominations(cycles["culture"], services.GetRequiredService<ProgrammeClock>().Today));

        // Education: the ledger holds its grants, the panel's story is kept, one task is overdue, a symposium.
        var grants = services.GetRequiredService<GrantService>().List(TalentOffice, null, "education-2015", null, null, null, All).Items;
        Assert.True(grants.Count >= 2);
        Assert.Equal([("刘洋", 5_000m), ("张丽", 10_000m), ("李明华", 10_000m), ("王芳", 5_000m)],
            grants.Select(g => (g.PersonName, g.Amount)).OrderBy(g => g.PersonName, StringComparer.Ordinal).ToList());
        var nominations = services.GetRequiredService<NominationService>()
            .List(TalentOffice, new NominationFilter(CycleId: "education-2015"), All).Items.ToDictionary(n => n.PersonName);
        Assert.Equal(1, nominations["李明华"].Panel!.Conflicted);
        Assert.Equal(Verdicts.NeedsException, nominations["王芳"].LatestVerdict);
        Assert.Equal(NominationStatus.Selected, nominations["王芳"].Status);
        Assert.Equal(NominationStatus.PanelRejected, nominations["赵强"].Status);
        var overdue = services.GetRequiredService<TaskTableService>().List(TalentOffice, null, "education-2015", null, overdueOnly: true, All).Items;
        Assert.Equal("建立拔尖人才成长档案", Assert.Single(overdue).Task);
        var engagement = services.GetRequiredService<EngagementService>().List(TalentOffice, null, "education-2015", null, All).Items;
        Assert.Equal(EngagementKind.Symposium, Assert.Single(engagement).Kind);

        // Health: the filed plan's targets, 区医院 met with four activities, 中医院 not with two.
        var targets = services.GetRequiredService<ImplementationService>().Targets(TalentOffice, "health-2015");
        Assert.True(targets.Single(t => t.Scope == "区医院").Met);
        Assert.Equal(4, targets.Single(t => t.Scope == "区医院").Activities);
        Assert.False(targets.Single(t => t.Scope == "中医院").Met);
        Assert.Equal(2, targets.Single(t => t.Scope == "中医院").Activities);

        // Culture: a unit nomination submitted (screened by the culture plugin) and a self-application draft.
        var culture = services.GetRequiredService<NominationService>()
            .List(TalentOffice, new NominationFilter(CycleId: "culture-2015"), All).Items.ToDictionary(n => n.Channel);
        Assert.Equal(NominationStatus.Submitted, culture[NominationChannels.Unit].Status);
        Assert.Equal("culture", culture[NominationChannels.Unit].Screenings.Single().PluginId);
        Assert.Equal(NominationStatus.Draft, culture[NominationChannels.SelfApplication].Status);

        // Ten persons, every resident ID valid.
        var persons = services.GetRequiredService<PersonService>().List(TalentOffice, null, null, null, All).Items;
        Assert.Equal(10, persons.Count);
        Assert.All(persons, p => Assert.True(ResidentIdentityNumber.TryParse(p.ResidentId, new DateOnly(2015, 9, 30), out _, out _), p.ResidentId));

        // What a person trying Swagger UI sees: a demo account with the documented password, the year's dashboard.
        var client = await host.LoginAsync(DemoAccounts.TalentOffice.UserName, new DemoOptions().Password);
        var dashboard = await client.GetAsync("/api/dashboard/2015").OkAsync();
        Assert.Equal(30_000m, dashboard["grantAmount"]!.GetValue<decimal>());
        var officer = await host.LoginAsync(DemoAccounts.EducationOfficer.UserName, new DemoOptions().Password);
        var list = await officer.GetAsync("/api/nominations?cycleId=education-2015").OkAsync();
        Assert.Equal(5, list["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task Seeding_again_changes_nothing_in_the_registry()
    {
        var host = seeded.Host;
        var before = Snapshot(host);
        Assert.Contains(before, c => c.Key == DemoMarker.Collection && c.Value == 1);

        Assert.Equal(DemoOutcome.AlreadySeeded, await host.Services.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None));
        Assert.Equal(before, Snapshot(host));

        // A restart with the flag still set runs the seeder again at startup: it finds the marker and writes nothing.
        host.Restart();
        Assert.Equal(before, Snapshot(host));
    }

    [Fact]
    public async Task A_registry_with_2015_cycles_of_its_own_is_left_alone()
    {
        var host = Host(seed: false);
        host.Services.GetRequiredService<CycleService>().OpenYear(TalentOffice, 2015);
        var before = Snapshot(host);

        Assert.Equal(DemoOutcome.RegistryInUse, await host.Services.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None));
        Assert.Equal(before, Snapshot(host));
        Assert.DoesNotContain(before, c => c.Key == DemoMarker.Collection);
    }

    [Fact]
    public void The_run_flag_becomes_the_seed_setting_and_leaves_the_other_arguments_alone()
    {
        var args = DemoSeedFlag.Apply(["--seed-demo", "--urls", "http://127.0.0.1:5099"]);
        var configuration = new ConfigurationBuilder().AddCommandLine(args).Build();

        Assert.True(configuration.GetSection(DemoOptions.Section).Get<DemoOptions>()!.Seed);
        Assert.Equal("http://127.0.0.1:5099", configuration["urls"]);
    }

    private WorkflowHost Host(bool seed)
    {
        var host = new WorkflowHost(new FakeTimeProvider(DateTimeOffset.UtcNow), new Dictionary<string, string?> { ["Kunpeng:Demo:Seed"] = seed ? "true" : "false" });
        _hosts.Add(host);
        _ = host.Services;
        return host;
    }

    /// <summary>Every collection's document count (the plugin scan's own records aside: each start adds to them) and the file storages'.</summary>
    private static SortedDictionary<string, int> Snapshot(WorkflowHost host)
    {
        var db = host.Services.GetRequiredService<RegistryDatabase>().Database;
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in db.GetCollectionNames().Where(n => !n.StartsWith("plugin_", StringComparison.Ordinal)))
        {
            counts[name] = db.GetCollection(name).Count();
        }

        return counts;
    }

    public void Dispose()
    {
        foreach (var host in _hosts)
        {
            host.Dispose();
        }
    }
}
