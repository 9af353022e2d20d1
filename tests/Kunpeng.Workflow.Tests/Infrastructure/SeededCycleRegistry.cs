using Kunpeng.Host.Workflow;
using Kunpeng.Host.Workflow.Audit;
using Kunpeng.Registry.LiteDb;
using Kunpeng.Host.Measures;
using Kunpeng.Host.Registry;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Acceptance;
using Kunpeng.Host.Workflow.Cycles;
using Kunpeng.Host.Workflow.Dashboard;
using Kunpeng.Host.Workflow.Determinations;
using Kunpeng.Host.Workflow.Engagement;
using Kunpeng.Host.Workflow.Grants;
using Kunpeng.Host.Workflow.Implementation;
using Kunpeng.Host.Workflow.Nominations;
using Kunpeng.Host.Workflow.Plans;
using Kunpeng.Host.Workflow.Tasks;
using Kunpeng.Host.Workflow.Writing;
using LiteDB;
using Microsoft.Extensions.Options;

namespace Kunpeng.Workflow.Tests.Infrastructure;

/// <summary>
/// A real registry on a temp file with the services from planning to grants over it, a clock the test moves,
/// and seeding of what nomination, review and determination would have written: a cycle at stage Determined with a fixed
/// determination and selected nominations. <see cref="Reopen"/> disposes and reopens the file.
/// </summary>
public sealed class SeededCycleRegistry : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "kunpeng-wf-b-" + Guid.NewGuid().ToString("N"));

    /// <param name="terms">The domain terms; the test double of the health and education plugins by default.</param>
    /// <param name="maxPhotoBytes">Photo size limit.</param>
    /// <param name="measureDefaults">
    /// When given, the bureaus' measures catalogues are served over these plugin defaults
    /// (<see cref="Measures"/>), and the workflow reads its measures from them, as the host does.
    /// </param>
    public SeededCycleRegistry(IDomainTermsSource? terms = null, long maxPhotoBytes = 10 * 1024 * 1024, IMeasureDefaultsSource? measureDefaults = null)
    {
        Directory.CreateDirectory(_directory);
        Terms = terms ?? new TestDomainTerms();
        MeasureDefaults = measureDefaults;
        PhotoOptions = new PhotoOptions { MaxBytes = maxPhotoBytes };
        Open();
    }

    public string DatabasePath => Path.Combine(_directory, "kunpeng.db");

    /// <summary>Mid-2015 in the district by default.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2015, 6, 1, 2, 0, 0, TimeSpan.Zero));

    public IDomainTermsSource Terms { get; }

    /// <summary>The workflow's options; the services read them at each use, so a test may change the offset at any time.</summary>
    public WorkflowOptions WorkflowOptions { get; } = new();

    /// <summary>The one clock the services use: <see cref="Clock"/> at the configured offset.</summary>
    public ProgrammeClock ProgrammeClock { get; private set; } = null!;
    public IMeasureDefaultsSource? MeasureDefaults { get; }

    /// <summary>The terms the workflow services read: <see cref="Terms"/>, with the effective catalogue's measures when there is one.</summary>
    public IDomainTermsSource WorkflowTerms { get; private set; } = null!;

    /// <summary>The measures catalogues, when the fixture was given plugin defaults.</summary>
    public MeasureCatalogService? Measures { get; private set; }
    public PhotoOptions PhotoOptions { get; }
    public LiteDbRegistry Store { get; private set; } = null!;
    public RegistryDatabase Registry { get; private set; } = null!;
    public AuditTrail Audit { get; private set; } = null!;
    public PlanService Plans { get; private set; } = null!;
    public ImplementationService Implementation { get; private set; } = null!;
    public AcceptanceService Acceptance { get; private set; } = null!;
    public GrantService Grants { get; private set; } = null!;
    public TaskTableService Tasks { get; private set; } = null!;
    public EngagementService Engagement { get; private set; } = null!;
    public DashboardService Dashboard { get; private set; } = null!;

    public LiteDatabase Db => Registry.Database;

    /// <summary>Closes the database file and opens it again, as a restarted host would.</summary>
    public void Reopen()
    {
        Store.Dispose();
        Open();
    }

    public int AuditCount() => Db.GetCollection<AuditEntry>(AuditEntry.Set.Name).Count();

    public List<AuditEntry> AuditFor(string entityId) =>
        Db.GetCollection<AuditEntry>(AuditEntry.Set.Name).Find(a => a.EntityId == entityId).OrderBy(a => a.Id).ToList();

    public Cycle Cycle(string id) => Db.GetCollection<Cycle>(CycleSteps.Cycles).FindById(id);

    /// <summary>
    /// Seeds a cycle of <paramref name="domainId"/> for <paramref name="year"/> at <paramref name="stage"/>, with
    /// <paramref name="top"/> and <paramref name="backbone"/> selected nominations on a fixed determination
    /// (unless <paramref name="determination"/> says otherwise), plus one nomination the panel rejected.
    /// </summary>
    public SeededCycle SeedCycle(
        string domainId = "health", int year = 2015, CycleStage stage = CycleStage.Determined, int top = 2, int backbone = 3,
        DeterminationStatus? determination = DeterminationStatus.Fixed)
    {
        var terms = Terms.Find(domainId);
        var topTier = terms?.Tiers[0].Id ?? "top";
        var backboneTier = terms?.Tiers[1].Id ?? "backbone";
        var cycleId = $"{domainId}-{year}";
        var cycle = new Cycle
        {
            Id = cycleId,
            ProgrammeId = "kunpeng-2015",
            DomainId = domainId,
            Year = year,
            ReferenceDate = new DateOnly(year, 10, 31),
            NominationDeadline = new DateOnly(year, 10, 31),
            Stage = stage,
        };
        var nominations = new List<Nomination>();
        Nomination Nominate(string tier, int i, NominationStatus status) => new()
        {
            Id = $"{cycleId}-{tier}-{i}",
            CycleId = cycleId,
            DomainId = domainId,
            Year = year,
            Tier = tier,
            PersonId = $"person-{domainId}-{tier}-{i}",
            PersonName = $"{tier}人选{i}",
            NominatedBy = "un-1",
            Unit = "区医院",
            Status = status,
            CreatedUtc = new DateTime(year, 3, 1, 0, 0, 0, DateTimeKind.Utc),
        };
        var selectedStatus = determination == DeterminationStatus.Fixed ? NominationStatus.Selected : NominationStatus.PanelPassed;
        nominations.AddRange(Enumerable.Range(1, top).Select(i => Nominate(topTier, i, selectedStatus)));
        nominations.AddRange(Enumerable.Range(1, backbone).Select(i => Nominate(backboneTier, i, selectedStatus)));
        nominations.Add(Nominate(backboneTier, 99, NominationStatus.PanelRejected));

        Registry.Write(db =>
        {
            db.GetCollection<Cycle>(CycleSteps.Cycles).Insert(cycle);
            db.GetCollection<Nomination>(CycleSteps.Nominations).InsertBulk(nominations);
            if (determination is { } status)
            {
                db.GetCollection<Determination>(CycleSteps.Determinations).Insert(new Determination
                {
                    Id = cycleId,
                    DomainId = domainId,
                    Status = status,
                    Tiers =
                    [
                        new DeterminedTier { Tier = topTier, Quota = terms?.Tiers[0].QuotaTarget, NominationIds = nominations.Where(n => n.Tier == topTier).Select(n => n.Id).ToList() },
                        new DeterminedTier
                        {
                            Tier = backboneTier, Quota = terms?.Tiers[1].QuotaTarget,
                            NominationIds = nominations.Where(n => n.Tier == backboneTier && n.Status != NominationStatus.PanelRejected).Select(n => n.Id).ToList(),
                        },
                    ],
                });
            }
        });
        return new SeededCycle(
            cycleId, domainId, year,
            nominations.Where(n => n.Tier == topTier && n.Status != NominationStatus.PanelRejected).Select(n => n.Id).ToList(),
            nominations.Where(n => n.Tier == backboneTier && n.Status != NominationStatus.PanelRejected).Select(n => n.Id).ToList(),
            nominations.Single(n => n.Status == NominationStatus.PanelRejected).Id);
    }

    /// <summary>Officer of the cycle's domain (health: the bureau; education: the Teachers' School drafts, the Bureau approves and files).</summary>
    public static (Actor Drafter, Actor Filer) OfficersOf(string domainId) => domainId switch
    {
        "education" => (Actors.TeachersSchool, Actors.EducationBureau),
        "health" => (Actors.HealthOfficer, Actors.HealthOfficer),
        _ => (Actors.TalentOffice, Actors.TalentOffice),
    };

    /// <summary>A plan item drawn from the cycle domain's catalogue.</summary>
    public static PlanItemInput ItemFor(string domainId, int year = 2015) => domainId == "education"
        ? new PlanItemInput(TestDomainTerms.BackboneTraining, "骨干教师暑期集中培训", "集中培训", $"{year}-07-10", $"{year}-07-20", 30_000m)
        : new PlanItemInput(TestDomainTerms.ContinuingEducation, "典型病例研讨（区医院）", "典型病例研讨", $"{year}-03-01", $"{year}-12-15", 20_000m);

    /// <summary>Drafts, submits, approves where required, and files revision 1: the cycle is then Implementing.</summary>
    public AnnualPlan FileFirstPlan(SeededCycle cycle)
    {
        var (drafter, filer) = OfficersOf(cycle.DomainId);
        var plan = Plans.Create(drafter, cycle.Id);
        plan = Plans.Update(drafter, plan.Id, plan.Version, new PlanContent([ItemFor(cycle.DomainId, cycle.Year)], "年度培养计划"));
        plan = Plans.Submit(drafter, plan.Id, plan.Version);
        if (plan.ApprovalRequired)
        {
            plan = Plans.Approve(filer, plan.Id, plan.Version);
        }

        return Plans.File(filer, plan.Id, plan.Version);
    }

    public ActivityRecord RecordActivity(SeededCycle cycle, string scope, string date = "2015-05-10", Actor? actor = null) =>
        Implementation.RecordActivity(actor ?? Actors.HealthOfficer, cycle.Id, new ActivityInput(
            date, TestDomainTerms.ContinuingEducation, $"典型病例研讨（{scope}）", "典型病例研讨", scope, scope,
            [cycle.Top[0]], 20, null, null));

    /// <summary>Files the plan, records one activity and submits the summary: the cycle is then Summarized.</summary>
    public YearEndSummary Summarize(SeededCycle cycle)
    {
        FileFirstPlan(cycle);
        var activity = RecordActivity(cycle, "区医院");
        return Implementation.SubmitSummary(Actors.HealthOfficer, cycle.Id, null, new SummaryInput("2015年度卫生领域鲲鹏工程工作总结", null, [activity.Id]));
    }

    /// <summary>Summarizes and accepts: the cycle is then Accepted.</summary>
    public YearEndSummary Accept(SeededCycle cycle)
    {
        var summary = Summarize(cycle);
        return Acceptance.Accept(Actors.TalentOffice, cycle.Id, summary.Version);
    }

    public void Dispose()
    {
        Store.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private void Open()
    {
        Store = new LiteDbRegistry(new RegistryOptions { DatabasePath = DatabasePath }.ResolvePath());
        Registry = new RegistryDatabase(Store);
        foreach (var index in AuditTrail.Indexes)
        {
            Store.EnsureIndex(index);
        }

        foreach (var index in PlanService.Indexes.Concat(ImplementationService.Indexes).Concat(TaskTableService.Indexes)
            .Concat(EngagementService.Indexes).Concat(MeasureCatalogService.Indexes))
        {
            Store.EnsureIndex(index);
        }

        GrantService.EnsureIndexes(Registry.Database);
        var clock = ProgrammeClock = new ProgrammeClock(Clock, Options.Create(WorkflowOptions));
        Audit = new AuditTrail(clock);
        var writes = new RecordWrites(Store, Audit, clock, []);
        var reads = new RecordReads(Store);
        Measures = MeasureDefaults is null ? null : new MeasureCatalogService(Store, writes, MeasureDefaults);
        var terms = WorkflowTerms = Measures is null ? Terms : new EffectiveDomainTermsSource(Terms, Measures);
        Plans = new PlanService(Store, writes, reads, terms);
        Implementation = new ImplementationService(Store, writes, reads, clock, terms, Options.Create(PhotoOptions));
        Acceptance = new AcceptanceService(Registry, Audit, Clock);
        Grants = new GrantService(Registry, Audit, terms, Clock);
        Tasks = new TaskTableService(Store, writes, reads, clock);
        Engagement = new EngagementService(Store, writes, reads, terms);
        Dashboard = new DashboardService(Registry, terms);
    }
}

/// <summary>A seeded cycle: its id and the selected nominations per tier.</summary>
public sealed record SeededCycle(string Id, string DomainId, int Year, IReadOnlyList<string> Top, IReadOnlyList<string> Backbone, string Rejected);
