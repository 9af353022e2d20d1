using Kunpeng.Host.Plugins;
using Kunpeng.Host.Problems;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Writing;
using Kunpeng.Registry;
using Microsoft.Extensions.Options;

namespace Kunpeng.Host.Workflow.Cycles;

/// <summary>
/// Programme periods and the yearly cycle of each domain: created by the Talent Office, moved
/// forward one stage at a time. Nominations close at the deadline by themselves (submissions after
/// it are refused whatever the stage says); closing them explicitly moves the cycle to review.
/// </summary>
public sealed class CycleService(
    IRegistry registry, RecordWrites writes, RecordReads reads, DomainPluginCatalog catalog, ProgrammeClock clock, IOptions<WorkflowOptions> options)
{
    public const string KunpengProgrammeId = "kunpeng-2015";

    /// <summary>The indexes the cycle lists filter by.</summary>
    public static IEnumerable<IndexDefinition> Indexes =>
    [
        IndexDefinition.On(Cycle.Set, c => c.DomainId),
        IndexDefinition.On(Cycle.Set, c => c.Year),
        IndexDefinition.On(Cycle.Set, c => c.Stage),
        IndexDefinition.On(Cycle.Set, c => c.ProgrammeId),
    ];

    /// <summary>Seeds the Kunpeng programme 2015–2017 once; later starts leave it as it is.</summary>
    public void SeedProgramme()
    {
        if (registry.Read(Programme.Set).Find(KunpengProgrammeId) is not null)
        {
            return;
        }

        writes.Write(Actor.System, changes => changes.Records(Programme.Set).Find(KunpengProgrammeId) ?? changes.Insert(
            Programme.Kind,
            new Programme { Id = KunpengProgrammeId, NameZh = "本土人才培养“鲲鹏工程”（2015—2017年）", StartYear = 2015, EndYear = 2017 },
            "programme.seeded"));
    }

    public IReadOnlyList<Programme> ListProgrammes() =>
        registry.Read(Programme.Set).List(RecordQuery.All.Sorted(nameof(Programme.StartYear)));

    /// <summary>Adds a later programme period; periods may not overlap.</summary>
    public Programme AddProgramme(Actor actor, NewProgramme request) =>
        writes.Create(actor, Programme.Kind, new NewRecordStep<IReadOnlyList<Programme>, Programme>
        {
            Action = "programme.added",
            Parent = changes => changes.Records(Programme.Set).List(RecordQuery.All),
            Authorize = (a, _) => Permissions.RequireTalentOffice(a, "add programme periods"),
            Validate = (_, _, errors) =>
            {
                errors.Text("nameZh", request.NameZh, maxLength: 200);
                if (request.StartYear is not (>= 2000 and <= 2100))
                {
                    errors.Add("startYear", "A year between 2000 and 2100.");
                }

                if (request.EndYear is not (>= 2000 and <= 2100))
                {
                    errors.Add("endYear", "A year between 2000 and 2100.");
                }
                else if (request.StartYear is { } s && request.EndYear < s)
                {
                    errors.Add("endYear", "Not before startYear.");
                }
            },
            Build = (_, existing) =>
            {
                var programme = new Programme
                {
                    Id = $"kunpeng-{request.StartYear}",
                    NameZh = request.NameZh!.Trim(),
                    StartYear = request.StartYear!.Value,
                    EndYear = request.EndYear!.Value,
                };
                var overlapping = existing.FirstOrDefault(p => p.StartYear <= programme.EndYear && programme.StartYear <= p.EndYear);
                return overlapping is null
                    ? programme
                    : throw new ConflictException("Overlapping programme period", $"Programme '{overlapping.Id}' already covers {overlapping.StartYear}–{overlapping.EndYear}.");
            },
        });

    /// <summary>Creates one domain's cycle for a year.</summary>
    public Cycle CreateCycle(Actor actor, NewCycle request)
    {
        Permissions.RequireTalentOffice(actor, "create cycles");
        var errors = new FieldErrors();
        errors.Text("domainId", request.DomainId, maxLength: 100);
        if (request.Year is null)
        {
            errors.Add("year", "Required.");
        }

        errors.ThrowIfAny();
        var programme = ProgrammeFor(request.Year!.Value);
        var cycle = NewCycleFor(request.DomainId!, programme, request.Year.Value, request.NominationDeadline, request.ReferenceDate)
            ?? throw new InputValidationException("domainId", $"No active domain plugin serves '{request.DomainId}'.");
        return writes.Write(actor, changes => changes.Records(Cycle.Set).Find(cycle.Id) is null
            ? changes.Insert(Cycle.Kind, cycle, "cycle.created")
            : throw new ConflictException("Cycle exists", $"The cycle '{cycle.Id}' already exists."));
    }

    /// <summary>Opens a year: creates the cycle of every active domain that has none yet for that year.</summary>
    public IReadOnlyList<Cycle> OpenYear(Actor actor, int year)
    {
        Permissions.RequireTalentOffice(actor, "open a year");
        var programme = ProgrammeFor(year);
        var planned = catalog.ActiveIds.Select(id => NewCycleFor(id, programme, year, null, null)).OfType<Cycle>().ToList();
        return writes.Write(actor, changes => (IReadOnlyList<Cycle>)planned
            .Where(c => changes.Records(Cycle.Set).Find(c.Id) is null)
            .Select(c => changes.Insert(Cycle.Kind, c, "cycle.created"))
            .ToList());
    }

    public Cycle Get(Actor actor, string id) => reads.Get(actor, Cycle.Kind, id);

    public PagedList<Cycle> List(string? domainId, int? year, CycleStage? stage, Paging paging) =>
        registry.Read(Cycle.Set).Page(
            Filter.All(
                domainId is null ? null : Filter.Eq<Cycle>(c => c.DomainId, domainId),
                year is null ? null : Filter.Eq<Cycle>(c => c.Year, year.Value),
                stage is null ? null : Filter.Eq<Cycle>(c => c.Stage, stage.Value)),
            new SortKey(nameof(Cycle.Id)),
            paging);

    /// <summary>Closes nominations: nominating → reviewing. The bureau of the domain or the Talent Office.</summary>
    public Cycle CloseNominations(Actor actor, string cycleId, IfMatch ifMatch) =>
        writes.Change(actor, Cycle.Kind, cycleId, ifMatch, new RecordStep<Cycle>
        {
            Action = CycleStages.NominationsClosed,
            Authorize = (a, c) => Permissions.RequireDomainManager(a, c.DomainId, "close nominations"),
            Require = (_, c) => CycleRules.RequireWritable(c),
            Apply = (changes, c) =>
            {
                c.NominationsClosedUtc = changes.Clock.UtcNow;
                c.NominationsClosedBy = changes.Actor.AccountId;
            },
        });

    private Programme ProgrammeFor(int year) =>
        registry.Read(Programme.Set).List(RecordQuery.All).FirstOrDefault(p => p.StartYear <= year && year <= p.EndYear)
        ?? throw new InputValidationException("year", $"No programme period covers {year}; the Talent Office adds one with POST /api/programmes.");

    /// <summary>The cycle a domain would get for a year, or null when no active plugin serves the domain.</summary>
    private Cycle? NewCycleFor(string domainId, Programme programme, int year, DateOnly? deadline, DateOnly? referenceDate)
    {
        if (!catalog.TryAcquire(domainId, out var lease))
        {
            return null;
        }

        DateOnly effectiveDeadline;
        using (lease)
        {
            var rules = lease.Plugin.Organizer.Profile.Intake.Deadline ?? options.Value.DefaultDeadline();
            effectiveDeadline = deadline ?? new DateOnly(year, rules.Month, rules.Day);
        }

        return new Cycle
        {
            Id = $"{domainId}-{year}",
            ProgrammeId = programme.Id,
            DomainId = domainId,
            Year = year,
            NominationDeadline = effectiveDeadline,
            ReferenceDate = referenceDate ?? effectiveDeadline,
            Stage = CycleStage.Nominating,
            CreatedUtc = clock.UtcNow,
        };
    }
}
