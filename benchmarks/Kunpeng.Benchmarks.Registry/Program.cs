using System.Diagnostics;
using System.Globalization;
using Autofac;
using Autofac.Extensions.DependencyInjection;
using Kunpeng.Host.Api;
using Kunpeng.Host.Eligibility;
using Kunpeng.Host.Hosting;
using Kunpeng.Host.Registry;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow;
using Kunpeng.Host.Workflow.Cycles;
using Kunpeng.Host.Workflow.Determinations;
using Kunpeng.Host.Workflow.Documents;
using Kunpeng.Host.Workflow.Nominations;
using Kunpeng.Host.Workflow.Persons;
using Kunpeng.Host.Workflow.Reviews;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

// Registry benchmark (not a test): 100,000 persons and 100,000 nominations in a temp registry;
// list/filter latency (a page of 50 by domain + cycle + status) and nomination submit throughput
// through the real service (screening by the real education plugin + write + audit + checkpoint),
// next to a raw LiteDB insert of the same nomination document in the same run.
// Usage: dotnet run -c Release --project benchmarks/Kunpeng.Benchmarks.Registry [-- persons nominations submits queries]
var persons = Arg(0, 100_000);
var nominationCount = Arg(1, 100_000);
var submits = Arg(2, 2_000);
var queries = Arg(3, 2_000);

var directory = Path.Combine(Path.GetTempPath(), "kunpeng-bench-registry-" + Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(directory);
var databasePath = Path.Combine(directory, "registry.db");
var clock = new FixedClock(new DateTimeOffset(2015, 6, 1, 12, 0, 0, TimeSpan.FromHours(8)));
try
{
    using var provider = BuildServices(databasePath, clock);
    var registry = provider.GetRequiredService<RegistryDatabase>();
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
    LoadNominations(registry, nominationCount, personIds, domains, statuses, template, random);
    Console.WriteLine($"Loaded in {load.Elapsed.TotalSeconds:F1} s; file {new FileInfo(databasePath).Length / (1024.0 * 1024):F0} MB.");

    // ---- List / filter latency ----
    var actorTo = new Actor("bench-to", "区人才办", KunpengRoles.TalentOffice, null, null);
    nominations.List(actorTo, new NominationFilter("education", "education-2015", null, NominationStatus.Submitted), new Paging(1, 50)); // warm-up
    // Every query counts its total afresh (remembered totals forgotten first), as right after a write.
    var listTotals = provider.GetRequiredService<NominationListTotals>();
    var listTimes = new List<double>(queries);
    var bureauTimes = new List<double>(queries);
    var totals = 0L;
    for (var i = 0; i < queries; i++)
    {
        var domain = domains[random.Next(domains.Length)];
        var year = 2015 + random.Next(3);
        var status = statuses[random.Next(statuses.Length)].Status;
        var page = 1 + random.Next(3);
        var filter = new NominationFilter(domain, $"{domain}-{year}", null, status);
        listTotals.Invalidate();
        var sw = Stopwatch.StartNew();
        var result = nominations.ListSummaries(actorTo, filter, new Paging(page, 50));
        listTimes.Add(sw.Elapsed.TotalMilliseconds);
        totals += result.Total;

        var bureau = new Actor("bench-bureau", "bureau", KunpengRoles.BureauOfficer, domain, null);
        listTotals.Invalidate();
        sw.Restart();
        nominations.ListSummaries(bureau, filter with { DomainId = null }, new Paging(page, 50));
        bureauTimes.Add(sw.Elapsed.TotalMilliseconds);
    }

    // The API's list reads only the fields it shows; the same queries reading whole documents, for comparison.
    var fullTimes = new List<double>(queries / 4);
    var rowTimes = new List<double>(queries / 4);
    for (var i = 0; i < queries / 4; i++)
    {
        var domain = domains[random.Next(domains.Length)];
        var filter = new NominationFilter(domain, $"{domain}-{2015 + random.Next(3)}", null, statuses[random.Next(statuses.Length)].Status);
        var page = new Paging(1 + random.Next(3), 50);
        listTotals.Invalidate();
        var sw = Stopwatch.StartNew();
        nominations.List(actorTo, filter, page);
        fullTimes.Add(sw.Elapsed.TotalMilliseconds);
        listTotals.Invalidate();
        sw.Restart();
        nominations.ListSummaries(actorTo, filter, page);
        rowTimes.Add(sw.Elapsed.TotalMilliseconds);
    }

    Console.WriteLine();
    Console.WriteLine($"List: page of 50 by domain + cycle + status, pages 1–3, {queries:N0} random queries (avg. {totals / queries:N0} matches each, total counted every time):");
    Report("  Talent Office      ", listTimes);
    Report("  bureau (own domain)", bureauTimes);
    Report("  whole documents (Talent Office, for comparison)", fullTimes);
    Report("  list rows only   (the same queries)            ", rowTimes);

    // Other shapes of the same list, 100 each: what an unfiltered count or a deep page costs. "cold"
    // forgets every remembered total before each query (as after a write); "paging" keeps them (the
    // total of a filter is counted once until the next nomination write).
    void Shape(string label, Func<int, NominationFilter> filter, Func<int, int> page, bool cold = true)
    {
        var times = new List<double>(100);
        for (var i = 0; i < 100; i++)
        {
            if (cold)
            {
                listTotals.Invalidate();
            }

            var sw = Stopwatch.StartNew();
            nominations.ListSummaries(actorTo, filter(i), new Paging(page(i), 50));
            times.Add(sw.Elapsed.TotalMilliseconds);
        }

        Report(label, times);
    }

    Shape("  no filter, cold        ", _ => new NominationFilter(), _ => 1);
    Shape("  no filter, paging 1-100", _ => new NominationFilter(), i => 1 + i, cold: false);
    Shape("  status only, cold      ", i => new NominationFilter(Status: statuses[i % statuses.Length].Status), _ => 1);
    Shape("  domain only, cold      ", i => new NominationFilter(DomainId: domains[i % domains.Length]), _ => 1);
    Shape("  verdict only, cold     ", _ => new NominationFilter(Verdict: template.Verdict), _ => 1);
    Shape("  domain+status, cold    ", i => new NominationFilter(DomainId: domains[i % domains.Length], Status: NominationStatus.Submitted), _ => 1);
    Shape("  cycle+status, page 8   ", i => new NominationFilter(CycleId: $"{domains[i % domains.Length]}-2016", Status: NominationStatus.Submitted), _ => 8);

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
        registry.Write(db =>
        {
            PersonService.Persons(db).Insert(person);
            NominationService.Nominations(db).Insert(drafts[^1]);
        });
    }

    // Same document, raw: one LiteDB insert each (auto-commit), in the same database: into a bare
    // collection, and into one indexed like the registry's nominations (the same eight secondary indexes).
    // The three run interleaved in ten rounds, so a noisy neighbour slows them alike.
    var sample = nominations.Submit(unit, drafts[0].Id, drafts[0].Version);
    var raw = registry.Database.GetCollection<Nomination>("raw_nominations");
    NominationService.EnsureIndexes(registry.Database, "raw_indexed_nominations");
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
    Probe("the nomination update", db => { var c = NominationService.Nominations(db); var n = c.FindById(drafts[1].Id); n.Version++; c.Update(n); });
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
    var p99 = Percentile(listTimes, 0.99);
    Console.WriteLine($"List p99 {p99:F2} ms (target < 50 ms): {(p99 < 50 ? "met" : "NOT met")}; submit ratio: {(submitRate / rawRate >= 0.25 ? "met" : "NOT met")}.");
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

static void Report(string label, List<double> times) =>
    Console.WriteLine($"{label}: p50 {Percentile(times, 0.5):F2} ms, p99 {Percentile(times, 0.99):F2} ms, max {times.Max():F2} ms");

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
            registry.Write(db => PersonService.Persons(db).InsertBulk(batch));
            batch.Clear();
        }
    }

    return ids;
}

static void LoadNominations(
    RegistryDatabase registry, int count, List<string> personIds, string[] domains, (NominationStatus Status, int Weight)[] statuses, Screening template, Random random)
{
    var weights = statuses.SelectMany(s => Enumerable.Repeat(s.Status, s.Weight)).ToArray();
    var batch = new List<Nomination>(10_000);
    for (var i = 0; i < count; i++)
    {
        var domain = domains[random.Next(domains.Length)];
        var year = 2015 + random.Next(3);
        var status = weights[random.Next(weights.Length)];
        var n = new Nomination
        {
            Id = Guid.NewGuid().ToString("N"), CycleId = $"{domain}-{year}", DomainId = domain, Year = year, Tier = random.Next(10) == 0 ? "top" : "backbone",
            PersonId = personIds[i % personIds.Count], PersonName = $"人员{i % personIds.Count}", NominatedBy = "bench", Unit = $"单位{random.Next(500)}",
            Status = status, Channel = NominationChannels.Unit, ProfileJson = EducationProfile, CreatedUtc = DateTime.UtcNow,
        };
        if (status != NominationStatus.Draft)
        {
            n.Screenings.Add(template);
            n.LatestVerdict = template.Verdict;
            n.SubmittedUtc = DateTime.UtcNow;
        }

        batch.Add(n);
        if (batch.Count == batch.Capacity || i == count - 1)
        {
            registry.Write(db => NominationService.Nominations(db).InsertBulk(batch));
            batch.Clear();
        }
    }
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
    services.AddSingleton<AuditTrail>();
    services.AddKunpengCycles(configuration).AddKunpengPersons().AddKunpengNominations().AddKunpengDocuments().AddKunpengReviews().AddKunpengDeterminations();
    services.AddSingleton(sp => new WorkflowClock(clock, sp.GetRequiredService<IOptions<WorkflowOptions>>()));
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
