using Kunpeng.Host.Workflow.Audit;
using Kunpeng.Host.Workflow;
using System.Globalization;
using Kunpeng.Host.Plugins;
using Kunpeng.Host.Registry;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Cycles;
using LiteDB;
using Microsoft.Extensions.Options;

namespace Kunpeng.Host.Demo;

/// <summary>
/// Fills the demo year (2015) with a living programme, through the workflow services with the demo
/// accounts as actors: the year opened in all ten domains; education walked from nomination to
/// grants paid; health to implementation, with one measure target met and one not; culture still
/// taking nominations. Runs once: a registry that has the demo's marker is left alone, and so is
/// one that already has 2015 cycles or a demo account name of its own.
/// </summary>
public sealed class DemoSeeder(
    RegistryDatabase registry,
    AuditTrail audit,
    AccountStore accounts,
    DomainPluginCatalog catalog,
    DemoCalendar calendar,
    DemoServices services,
    ProgrammeClock clock,
    IOptions<DemoOptions> options,
    ILogger<DemoSeeder> logger)
{
    /// <summary>The domains the demo takes through the workflow; the other active ones only get their cycle.</summary>
    public static readonly IReadOnlyList<string> WalkedDomains = [EducationDemo.DomainId, HealthDemo.DomainId, CultureDemo.DomainId];

    public async Task<DemoOutcome> SeedAsync(CancellationToken cancellationToken)
    {
        var db = registry.Database;
        var markerId = DemoMarker.IdFor(DemoCalendar.Year);
        if (db.GetCollection<DemoMarker>(DemoMarker.Collection).FindById(markerId) is { } marker)
        {
            logger.LogInformation("The {Year} demo is already in the registry (seeded {SeededUtc:u}); nothing seeded. Demo accounts: {UserNames}.",
                marker.Year, marker.SeededUtc, string.Join(", ", marker.UserNames));
            return DemoOutcome.AlreadySeeded;
        }

        var cycles = db.GetCollection<Cycle>(Cycle.Set.Name).Find(c => c.Year == DemoCalendar.Year).Select(c => c.Id).ToList();
        var names = accounts.List(null, null).Select(a => a.UserName).ToHashSet(StringComparer.Ordinal);
        var taken = DemoAccounts.All.Select(a => a.UserName).Where(names.Contains).ToList();
        if (cycles.Count > 0 || taken.Count > 0)
        {
            logger.LogWarning(
                "Not seeding the {Year} demo: the registry already has {Cycles} cycle(s) of that year ({CycleIds}) and {Accounts} demo account name(s) ({UserNames}) " +
                "but no demo marker, so it holds a programme of its own (or an interrupted seeding). Seed the demo into an empty data folder " +
                "(Kunpeng:Registry:DatabasePath).",
                DemoCalendar.Year, cycles.Count, string.Join(", ", cycles), taken.Count, string.Join(", ", taken));
            return DemoOutcome.RegistryInUse;
        }

        var missing = WalkedDomains.Where(d => !catalog.ActiveIds.Contains(d)).ToList();
        if (missing.Count > 0)
        {
            logger.LogError("Not seeding the {Year} demo: no active plugin serves {Domains} (GET /api/plugins says why).", DemoCalendar.Year, string.Join(", ", missing));
            return DemoOutcome.DomainsMissing;
        }

        logger.LogInformation("Seeding the {Year} demo programme through the workflow services…", DemoCalendar.Year);
        var cast = DemoCast.Create(accounts, options.Value.Password);
        OpenYear(cast);
        EducationDemo.Run(services, cast);
        HealthDemo.Run(services, cast);
        await CultureDemo.RunAsync(services, cast, cancellationToken);

        var userNames = DemoAccounts.All.Select(a => a.UserName).ToList();
        registry.Write(w =>
        {
            var demo = new DemoMarker { Id = markerId, Year = DemoCalendar.Year, SeededUtc = clock.UtcNow, UserNames = userNames };
            w.GetCollection<DemoMarker>(DemoMarker.Collection).Insert(demo);
            audit.Record(w, Actor.System, "demo.seeded", "demo", demo.Id, null, null, demo);
        });

        logger.LogInformation(
            "Seeded the {Year} demo: education closed (grants paid), health implementing (targets: 区医院 met, 中医院 not yet), culture nominating, " +
            "the other domains' cycles open. Demo accounts, all with the password '{Password}':{Accounts}",
            DemoCalendar.Year, options.Value.Password,
            string.Concat(DemoAccounts.All.Select(a => $"{Environment.NewLine}  {a.UserName,-24} {a.Role}{Scope(a)}  {a.DisplayName}")));
        return DemoOutcome.Seeded;
    }

    /// <summary>Opens the year: the walked domains' cycles first (deadlines from <see cref="DemoCalendar"/>), then every other active domain's.</summary>
    private void OpenYear(DemoCast cast)
    {
        foreach (var domainId in WalkedDomains)
        {
            var request = calendar.CycleFor(domainId);
            var cycle = services.Cycles.CreateCycle(cast.TalentOffice, request);
            if (request.NominationDeadline is { } deadline)
            {
                logger.LogInformation(
                    "{CycleId}: the rules' deadline {RulesDeadline} has passed, so the demo gives the cycle the deadline {Deadline} " +
                    "(reference date {ReferenceDate}: screening judges as of 2015).",
                    cycle.Id, request.ReferenceDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), request.ReferenceDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
        }

        services.Cycles.OpenYear(cast.TalentOffice, DemoCalendar.Year);
    }

    private static string Scope(DemoAccount a) => a.DomainId is { } d ? $" ({d})" : a.Unit is { } u ? $" ({u})" : "";
}
