using System.Diagnostics;
using System.Globalization;
using Autofac;
using Autofac.Extensions.DependencyInjection;
using Kunpeng.Host.Areas;
using Kunpeng.Host.Eligibility;
using Kunpeng.Host.Hosting;
using Kunpeng.Host.Registry;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow;
using Kunpeng.Host.Workflow.Audit;
using Kunpeng.Host.Workflow.Cycles;
using Kunpeng.Host.Workflow.Determinations;
using Kunpeng.Host.Workflow.Documents;
using Kunpeng.Host.Workflow.Nominations;
using Kunpeng.Host.Workflow.Persons;
using Kunpeng.Host.Workflow.Reviews;
using Kunpeng.Registry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

// Registry benchmark (not a test): 100,000 persons and 100,000 nominations in a temp registry;
// list latency (a page of 50) for every filter the nominations API offers, cold and warm, and nomination submit throughput
// through the real service (screening by the real education plugin + write + audit + checkpoint),
// next to a raw LiteDB insert of the same nomination document in the same run.
// Usage: dotnet run -c Release --project benchmarks/Kunpeng.Benchmarks.Registry [-- persons nominations submits queries-per-filter]
var persons = Arg(0, 100_000);
var nominationCount = Arg(1, 100_000);
var submits = Arg(2, 2_000);
var queries = Arg(3, 100);

var directory = Path.Combine(Path.GetTempPath(), "kunpeng-bench-registry-" + Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(directory);
var databasePath = Path.Combine(directory, "registry.db");
var clock = new FixedClock(new DateTimeOffset(2015, 6, 1, 12, 0, 0, TimeSpan.FromHours(8)));
try
{
    using var provider = BuildServices(databasePath, clock);
    var registry = provider.GetRequiredService<RegistryDatabase>();
    var seam = provider.GetRequiredService<IRegistry>();
    var cycles = provider.GetRequiredService<CycleService>();
    var nominations = provider.GetRequiredService<NominationService>();
    var system = Actor.System;
    foreach (var year in new[] { 2015, 2016, 2017 })
    {
        cycles.OpenYear(system, year);
    }

    var domains = cycles.List(null, 2015, null, new Paging(1, 50)).Items.Select(c => c.DomainId).ToArray();
    Console.WriteLine($"LiteDB registry benchmark: {persons:N0} persons, {nominationCount:N0} nominations, {domains.Length} domains × 3 years; {Environment.ProcessorCount} cores.");

    // ---- Load (bulk, not measured against a target) ----
    var load = Stopwatch.StartNew();
    var random = new Random(20150428);
    var personIds = LoadPersons(registry, persons, random);
    var statuses = new (NominationStatus Status, int Weight)[]
    {
        (NominationStatus.Draft, 10), (NominationStatus.Submitted, 35), (NominationStatus.UnderReview, 20), (NominationStatus.PanelPassed, 10),
        (NominationStatus.PanelRejected, 5), (NominationStatus.Selected, 12), (NominationStatus.NotSelected, 5), (NominationStatus.Withdrawn, 3),
    };
    var template = SampleScreening(provider);
    var applicants = LoadNominations(registry, nominationCount, personIds, domains, statuses, template, random);
    Console.WriteLine($"Loaded in {load.Elapsed.TotalSeconds:F1} s; file {new FileInfo(databasePath).Length / (1024.0 * 1024):F0} MB.");

    // ---- List / filter latency: every filter the API offers, and each role's own scope ----
    var actorTo = new Actor("bench-to", "区人才办", KunpengRoles.TalentOffice, null, null);
    nominations.ListSummaries(actorTo, new NominationFilter("education", "education-2015", null, NominationStatus.Submitted), new Paging(1, 50)); // warm-up
    var listTotals = provider.GetRequiredService<NominationListTotals>();
    string Domain(int i) => domains[i % domains.Length];
    string CycleOf(int i) => $"{Domain(i)}-{2015 + (i / domains.Length) % 3}";
    NominationStatus StatusOf(int i) => statuses[i % statuses.Length].Status;
    string UnitOf(int i) => $"单位{(i * 37) % 500}";
    Actor Bureau(int i) => new("bench-bureau", "bureau", KunpengRoles.BureauOfficer, Domain(i), null);
    Actor UnitAccount(int i) => new($"unit-account-{(i * 37) % 500}", UnitOf(i), KunpengRoles.NominatingUnit, null, UnitOf(i));
    var shapes = new (string Name, Func<int, Actor> Actor, Func<int, NominationFilter> Filter)[]
    {
        ("no filter", _ => actorTo, _ => new NominationFilter()),
        ("domain", _ => actorTo, i => new NominationFilter(DomainId: Domain(i))),
        ("cycle", _ => actorTo, i => new NominationFilter(CycleId: CycleOf(i))),
        ("tier", _ => actorTo, i => new NominationFilter(Tier: i % 2 == 0 ? "top" : "backbone")),
        ("status", _ => actorTo, i => new NominationFilter(Status: StatusOf(i))),
        ("verdict", _ => actorTo, _ => new NominationFilter(Verdict: template.Verdict)),
        ("unit", _ => actorTo, i => new NominationFilter(Unit: UnitOf(i))),
        ("person", _ => actorTo, i => new NominationFilter(PersonId: personIds[(i * 7919) % personIds.Count])),
        ("domain + status", _ => actorTo, i => new NominationFilter(DomainId: Domain(i), Status: StatusOf(i))),
        ("domain + cycle + status", _ => actorTo, i => new NominationFilter(Domain(i), CycleOf(i), Status: StatusOf(i))),
        ("cycle + status + verdict", _ => actorTo, i => new NominationFilter(CycleId: CycleOf(i), Status: NominationStatus.Submitted, Verdict: template.Verdict)),
        ("status + verdict", _ => actorTo, i => new NominationFilter(Status: StatusOf(i), Verdict: template.Verdict)),
        ("domain + tier", _ => actorTo, i => new NominationFilter(DomainId: Domain(i), Tier: "backbone")),
        ("cycle + tier + status", _ => actorTo, i => new NominationFilter(CycleId: CycleOf(i), Tier: "backbone", Status: StatusOf(i))),
        ("unit + status", _ => actorTo, i => new NominationFilter(Unit: UnitOf(i), Status: StatusOf(i))),
        ("bureau: own domain", Bureau, _ => new NominationFilter()),
        ("bureau: own domain + status", Bureau, i => new NominationFilter(Status: StatusOf(i))),
        ("bureau: own domain + verdict", Bureau, _ => new NominationFilter(Verdict: template.Verdict)),
        ("unit account: its own", UnitAccount, _ => new NominationFilter()),
        ("unit account: its own + status", UnitAccount, i => new NominationFilter(Status: StatusOf(i))),
        ("reviewer: assigned to them", i => new Actor($"reviewer-{i % Reviewers}", "专家", KunpengRoles.ExpertReviewer, null, null), _ => new NominationFilter()),
        ("applicant: their own", i => new Actor(applicants[(i * 7919) % applicants.Count], "申报人", KunpengRoles.Applicant, null, null), _ => new NominationFilter()),
    };

    // Each shape `queries` times (100 by default), pages 1–3. Cold: every remembered total forgotten first (as right after
    // a nomination write). Warm: the same query once before, unmeasured (a client paging a list).
    var table = new List<string>();
    var worstP99 = 0.0;
    foreach (var (name, actor, filter) in shapes)
    {
        var cold = new List<double>(queries);
        var warm = new List<double>(queries);
        var matches = 0L;
        for (var i = 0; i < queries; i++)
        {
            var page = new Paging(1 + i % 3, 50);
            listTotals.Invalidate();
            var sw = Stopwatch.StartNew();
            matches += nominations.ListSummaries(actor(i), filter(i), page).Total;
            cold.Add(sw.Elapsed.TotalMilliseconds);
            sw.Restart();
            nominations.ListSummaries(actor(i), filter(i), page with { Page = 1 + (i + 1) % 3 });
            warm.Add(sw.Elapsed.TotalMilliseconds);
        }

        worstP99 = Math.Max(worstP99, Math.Max(Percentile(cold, 0.99), Percentile(warm, 0.99)));
        table.Add($"| {name} | {matches / queries:N0} | {Percentile(cold, 0.5):F1} / {Percentile(cold, 0.99):F1} | {Percentile(warm, 0.5):F1} / {Percentile(warm, 0.99):F1} |");
    }

    Console.WriteLine();
    Console.WriteLine($"List: a page of 50 (pages 1–3), {queries} queries per filter; ms p50 / p99:");
    Console.WriteLine("| filter | matches (avg) | cold p50 / p99 | warm p50 / p99 |");
    Console.WriteLine("|---|---|---|---|");
    table.ForEach(Console.WriteLine);
    // ---- Submit throughput vs raw insert ----
    var unit = new Actor("bench-unit", "第一中学", KunpengRoles.NominatingUnit, null, "第一中学");
    var personService = provider.GetRequiredService<PersonService>();
    var drafts = new List<Nomination>(submits);
    for (var i = 0; i < submits; i++)
    {
        var id = Guid.NewGuid().ToString("N");
        var person = new Person
        {
            Id = id, ResidentId = ResidentId(new DateOnly(1975, 1, 1).AddDays(i % 3650), 900 + i / 3650), Name = $"提交{i}", Unit = "第一中学",
            BirthDate = new DateTime(1975, 1, 1, 0, 0, 0, DateTimeKind.Utc), Gender = "male", CreatedBy = unit.AccountId, CreatedByUnit = unit.Unit,
        };
        drafts.Add(new Nomination
        {
            Id = Guid.NewGuid().ToString("N"), CycleId = "education-2015", DomainId = "education", Year = 2015, Tier = "top", PersonId = person.Id,
            PersonName = person.Name, NominatedBy = unit.AccountId, Unit = "第一中学", Channel = NominationChannels.Unit, ProfileJson = EducationProfile,
            CreatedUtc = DateTime.UtcNow,
        });
        seam.Write(tx =>
        {
            tx.Records(Person.Set).Insert(person);
            tx.Records(Nomination.Set).Insert(drafts[^1]);
            return true;
        });
    }

    // Same document, raw: one LiteDB insert each (auto-commit), in the same database: into a bare
    // collection, and into one indexed like the registry's nominations (the same eight secondary indexes).
    // The three run interleaved in ten rounds, so a noisy neighbour slows them alike.
    var sample = nominations.Submit(unit, drafts[0].Id, drafts[0].Version);
    var raw = registry.Database.GetCollection<Nomination>("raw_nominations");
    foreach (var index in NominationService.Indexes)
    {
        provider.GetRequiredService<IRegistrySchema>().EnsureIndex(index with { Set = "raw_indexed_nominations" });
    }

    var rawIndexed = registry.Database.GetCollection<Nomination>("raw_indexed_nominations");
    var rawWatch = new Stopwatch();
    var rawIndexedWatch = new Stopwatch();
    var submitWatch = new Stopwatch();
    const int rounds = 10;
    var perRound = (submits - 1) / rounds;
    var next = 1;
    for (var round = 0; round < rounds; round++)
    {
        rawWatch.Start();
        for (var i = 0; i < perRound; i++)
        {
            sample.Id = Guid.NewGuid().ToString("N");
            raw.Insert(sample);
        }

        rawWatch.Stop();
        rawIndexedWatch.Start();
        for (var i = 0; i < perRound; i++)
        {
            sample.Id = Guid.NewGuid().ToString("N");
            rawIndexed.Insert(sample);
        }

        rawIndexedWatch.Stop();
        submitWatch.Start();
        for (var i = 0; i < perRound; i++, next++)
        {
            nominations.Submit(unit, drafts[next].Id, drafts[next].Version);
        }

        submitWatch.Stop();
    }

    var measured = perRound * rounds;
    var rawRate = measured / rawWatch.Elapsed.TotalSeconds;
    var rawIndexedRate = measured / rawIndexedWatch.Elapsed.TotalSeconds;
    var submitRate = measured / submitWatch.Elapsed.TotalSeconds;

    // Where a submit's time goes: the screening alone, and a registry write unit with nothing in it.
    var screener = provider.GetRequiredService<INominationScreener>();
    var screenWatch = Stopwatch.StartNew();
    for (var i = 0; i < 200; i++)
    {
        screener.Screen("education", "top", EducationProfile, ResidentId(new DateOnly(1975, 3, 8), 11), new DateOnly(2015, 9, 30));
    }

    var screenMs = screenWatch.Elapsed.TotalMilliseconds / 200;
    var emptyWatch = Stopwatch.StartNew();
    for (var i = 0; i < 200; i++)
    {
        registry.Write(db => db.GetCollection<Nomination>("raw_nominations").FindById(sample.Id));
    }

    var emptyMs = emptyWatch.Elapsed.TotalMilliseconds / 200;
    Console.WriteLine();
    Console.WriteLine("Submit cost, part by part (100 each, after the submits):");
    var audit = provider.GetRequiredService<AuditTrail>();
    void Probe(string name, Action<LiteDB.LiteDatabase> work)
    {
        var w = Stopwatch.StartNew();
        for (var i = 0; i < 100; i++) registry.Write(work);
        Console.WriteLine($"  write unit with only {name}: {w.Elapsed.TotalMilliseconds / 100:F2} ms");
    }
    Probe("the nomination update", db => { var c = db.GetCollection<Nomination>(Nomination.Set.Name); var n = c.FindById(drafts[1].Id); n.Version++; c.Update(n); });
    Probe("the audit entry", db => audit.Record(db, unit, "x", "nomination", drafts[1].Id, "education", sample, sample));
    Probe("a raw insert", db => { sample.Id = Guid.NewGuid().ToString("N"); raw.Insert(sample); });
    var ww = Stopwatch.StartNew();
    for (var i = 0; i < 100; i++) { sample.Id = Guid.NewGuid().ToString("N"); raw.Insert(sample); registry.Database.Checkpoint(); }
    Console.WriteLine($"  raw insert followed by a checkpoint: {ww.Elapsed.TotalMilliseconds / 100:F2} ms");
    Console.WriteLine();
    Console.WriteLine($"Submit, {measured:N0} nominations one by one (education criteria + verdict + update + audit + checkpoint): {submitRate:N0}/s");
    Console.WriteLine($"Raw LiteDB insert of the same submitted document, one by one (auto-commit):            {rawRate:N0}/s");
    Console.WriteLine($"  the same into a collection with the nominations' eight secondary indexes:              {rawIndexedRate:N0}/s");
    Console.WriteLine($"  breakdown: screening {screenMs:F2} ms, an empty write unit (transaction + checkpoint) {emptyMs:F2} ms, raw insert {1000 / rawRate:F2} ms, submit {1000 / submitRate:F2} ms");
    Console.WriteLine($"Ratio submit / raw insert: {submitRate / rawRate:P0} (target ≥ 25%); submit / raw insert with the same indexes: {submitRate / rawIndexedRate:P0}");
    Console.WriteLine($"Worst list p99, cold or warm, {worstP99:F2} ms (target < 50 ms): {(worstP99 < 50 ? "met" : "NOT met")}; submit ratio: {(submitRate / rawRate >= 0.25 ? "met" : "NOT met")}.");
}
finally
{
    try
    {
        Directory.Delete(directory, recursive: true);
    }
    catch (IOException)
    {
    }
}

static int Arg(int index, int fallback) =>
    Environment.GetCommandLineArgs().Skip(1).ElementAtOrDefault(index) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

static double Percentile(List<double> values, double p)
{
    var sorted = values.Order().ToList();
    return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}

static string ResidentId(DateOnly birth, int sequence)
{
    var first17 = "120222" + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + (sequence % 1000).ToString("D3", CultureInfo.InvariantCulture);
    return first17 + ResidentIdentityNumber.CheckCharacterOf(first17);
}

static List<string> LoadPersons(RegistryDatabase registry, int count, Random random)
{
    var ids = new List<string>(count);
    var batch = new List<Person>(10_000);
    for (var i = 0; i < count; i++)
    {
        var birth = new DateOnly(1960, 1, 1).AddDays(i % 12_000);
        var person = new Person
        {
            Id = Guid.NewGuid().ToString("N"), ResidentId = ResidentId(birth, i / 12_000), Name = $"人员{i}", Unit = $"单位{random.Next(500)}",
            BirthDate = birth.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), Gender = i % 2 == 0 ? "male" : "female",
            ProfileJson = """{"educationLevel":"bachelor","professionalTitle":"intermediate","teachingYears":8}""", CreatedBy = "bench", CreatedUtc = DateTime.UtcNow,
        };
        ids.Add(person.Id);
        batch.Add(person);
        if (batch.Count == batch.Capacity || i == count - 1)
        {
            registry.Write(db => db.GetCollection<Person>(Person.Set.Name).InsertBulk(batch));
            batch.Clear();
        }
    }

    return ids;
}

/// <returns>The applicant accounts of the self-applications.</returns>
static List<string> LoadNominations(
    RegistryDatabase registry, int count, List<string> personIds, string[] domains, (NominationStatus Status, int Weight)[] statuses, Screening template, Random random)
{
    var weights = statuses.SelectMany(s => Enumerable.Repeat(s.Status, s.Weight)).ToArray();
    var batch = new List<Nomination>(10_000);
    var applicants = new List<string>();
    for (var i = 0; i < count; i++)
    {
        var domain = domains[random.Next(domains.Length)];
        var year = 2015 + random.Next(3);
        var status = weights[random.Next(weights.Length)];
        // One in twenty a self-application (its applicant's own account); the rest a unit's, by the unit's account.
        var unit = random.Next(500);
        var self = random.Next(20) == 0;
        var n = new Nomination
        {
            Id = Guid.NewGuid().ToString("N"), CycleId = $"{domain}-{year}", DomainId = domain, Year = year, Tier = random.Next(10) == 0 ? "top" : "backbone",
            PersonId = personIds[i % personIds.Count], PersonName = $"人员{i % personIds.Count}",
            NominatedBy = self ? $"applicant-{i}" : $"unit-account-{unit}", Unit = self ? $"人员{i % personIds.Count}" : $"单位{unit}",
            Status = status, Channel = self ? NominationChannels.SelfApplication : NominationChannels.Unit, ProfileJson = EducationProfile, CreatedUtc = DateTime.UtcNow,
        };
        if (self)
        {
            applicants.Add(n.NominatedBy);
        }

        if (status is not (NominationStatus.Draft or NominationStatus.Submitted or NominationStatus.Withdrawn))
        {
            // Three reviewers of the domain's panel of six (the benchmark's reviewers are shared across domains).
            var first = random.Next(Reviewers);
            n.ReviewerIds = [$"reviewer-{first}", $"reviewer-{(first + 1) % Reviewers}", $"reviewer-{(first + 2) % Reviewers}"];
        }

        if (status != NominationStatus.Draft)
        {
            n.Screenings.Add(template);
            n.LatestVerdict = template.Verdict;
            n.SubmittedUtc = DateTime.UtcNow;
        }

        batch.Add(n);
        if (batch.Count == batch.Capacity || i == count - 1)
        {
            registry.Write(db => db.GetCollection<Nomination>(Nomination.Set.Name).InsertBulk(batch));
            batch.Clear();
        }
    }

    return applicants;
}

static Screening SampleScreening(IServiceProvider provider) =>
    provider.GetRequiredService<INominationScreener>().Screen("education", "top", EducationProfile, ResidentId(new DateOnly(1975, 3, 8), 11), new DateOnly(2015, 9, 30));

static AutofacServiceProvider BuildServices(string databasePath, TimeProvider clock)
{
    var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Kunpeng:Registry:DatabasePath"] = databasePath,
        ["Kunpeng:Plugins:Directory"] = Path.Combine(AppContext.BaseDirectory, "plugins"),
    }).Build();
    var services = new ServiceCollection();
    services.AddSingleton<IConfiguration>(configuration);
    services.AddLogging();
    services.AddKunpengRegistry(configuration).AddKunpengPlugins(configuration).AddKunpengEligibility(configuration);
    services.AddKunpengAreas(configuration, HostAreas.All());
    services.AddSingleton(sp => new ProgrammeClock(clock, sp.GetRequiredService<IOptions<WorkflowOptions>>()));
    var builder = new ContainerBuilder();
    builder.Populate(services);
    var provider = new AutofacServiceProvider(builder.Build());
    foreach (var hosted in provider.GetServices<IHostedService>())
    {
        hosted.StartAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    return provider;
}

internal static partial class Program
{
    /// <summary>Expert-reviewer accounts the loaded nominations are assigned to.</summary>
    private const int Reviewers = 60;

    private const string EducationProfile = """
        {"educationLevel":"bachelor","professionalTitle":"associate-senior","teachingYears":15,"isPrincipal":false,
         "papers":[{"year":2013,"recognition":"municipal"},{"year":2014,"recognition":"district"}],
         "researchProjects":[{"year":2014,"level":"district","rank":1,"status":"completed"}]}
        """;
}

internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
