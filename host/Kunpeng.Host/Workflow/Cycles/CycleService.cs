using Kunpeng.Host.Workflow.Audit;
using Kunpeng.Host.Api;
using Kunpeng.Host.Api.Models;
using Kunpeng.Host.Plugins;
using Kunpeng.Host.Problems;
using Kunpeng.Host.Registry;
using Kunpeng.Host.Security;
using LiteDB;
using Microsoft.Extensions.Options;

namespace Kunpeng.Host.Workflow.Cycles;

/// <summary>
/// Programme periods and the yearly cycle of each domain: created by the Talent Office, moved
/// forward one stage at a time. Nominations close at the deadline by themselves (submissions after
/// it are refused whatever the stage says); closing them explicitly moves the cycle to review.
/// </summary>
public sealed class CycleService(
    RegistryDatabase registry, AuditTrail audit, DomainPluginCatalog catalog, WorkflowClock clock, IOptions<WorkflowOptions> options)
{
    public const string Programmes = "programmes";
    public const string Cycles = "cycles";
    public const string KunpengProgrammeId = "kunpeng-2015";

    public static void EnsureIndexes(LiteDatabase db)
    {
        var cycles = db.GetCollection<Cycle>(Cycles);
        cycles.EnsureIndex(c => c.DomainId);
        cycles.EnsureIndex(c => c.Year);
        cycles.EnsureIndex(c => c.Stage);
        cycles.EnsureIndex(c => c.ProgrammeId);
    }

    /// <summary>Seeds the Kunpeng programme 2015–2017 once; later starts leave it as it is.</summary>
    public void SeedProgramme()
    {
        if (registry.Database.GetCollection<Programme>(Programmes).FindById(KunpengProgrammeId) is not null)
        {
            return;
        }

        registry.Write(db =>
        {
            var programmes = db.GetCollection<Programme>(Programmes);
            if (programmes.FindById(KunpengProgrammeId) is not null)
            {
                return;
            }

            var programme = new Programme { Id = KunpengProgrammeId, NameZh = "本土人才培养“鲲鹏工程”（2015—2017年）", StartYear = 2015, EndYear = 2017 };
            programmes.Insert(programme);
            audit.Record(db, Actor.System, "programme.seeded", "programme", programme.Id, null, null, programme);
        });
    }

    public IReadOnlyList<Programme> ListProgrammes() =>
        registry.Database.GetCollection<Programme>(Programmes).FindAll().OrderBy(p => p.StartYear).ToList();

    /// <summary>Adds a later programme period; periods may not overlap.</summary>
    public Programme AddProgramme(Actor actor, NewProgramme request)
    {
        RequireTalentOffice(actor, "Only the Talent Office adds programme periods.");
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(request.NameZh))
        {
            errors.Add("nameZh", "Required.");
        }

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

        errors.ThrowIfAny();
        var programme = new Programme
        {
            Id = $"kunpeng-{request.StartYear}",
            NameZh = request.NameZh!.Trim(),
            StartYear = request.StartYear!.Value,
            EndYear = request.EndYear!.Value,
        };
        return registry.Write(db =>
        {
            var programmes = db.GetCollection<Programme>(Programmes);
            var overlapping = programmes.FindAll().FirstOrDefault(p => p.StartYear <= programme.EndYear && programme.StartYear <= p.EndYear);
            if (overlapping is not null)
            {
                throw new ConflictException("Overlapping programme period",
                    $"Programme '{overlapping.Id}' already covers {overlapping.StartYear}–{overlapping.EndYear}.");
            }

            programmes.Insert(programme);
            audit.Record(db, actor, "programme.added", "programme", programme.Id, null, null, programme);
            return programme;
        });
    }

    /// <summary>Creates one domain's cycle for a year.</summary>
    public Cycle CreateCycle(Actor actor, NewCycle request)
    {
        RequireTalentOffice(actor, "Only the Talent Office creates cycles.");
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(request.DomainId))
        {
            errors.Add("domainId", "Required.");
        }

        if (request.Year is null)
        {
            errors.Add("year", "Required.");
        }

        errors.ThrowIfAny();
        var programme = ProgrammeFor(request.Year!.Value);
        var cycle = NewCycleFor(request.DomainId!, programme, request.Year.Value, request.NominationDeadline, request.ReferenceDate)
            ?? throw new InputValidationException("domainId", $"No active domain plugin serves '{request.DomainId}'.");
        return registry.Write(db =>
        {
            var cycles = db.GetCollection<Cycle>(Cycles);
            if (cycles.FindById(cycle.Id) is not null)
            {
                throw new ConflictException("Cycle exists", $"The cycle '{cycle.Id}' already exists.");
            }

            cycles.Insert(cycle);
            audit.Record(db, actor, "cycle.created", "cycle", cycle.Id, cycle.DomainId, null, cycle);
            return cycle;
        });
    }

    /// <summary>Opens a year: creates the cycle of every active domain that has none yet for that year.</summary>
    public IReadOnlyList<Cycle> OpenYear(Actor actor, int year)
    {
        RequireTalentOffice(actor, "Only the Talent Office opens a year.");
        var programme = ProgrammeFor(year);
        var planned = catalog.ActiveIds.Select(id => NewCycleFor(id, programme, year, null, null)).OfType<Cycle>().ToList();
        return registry.Write(db =>
        {
            var cycles = db.GetCollection<Cycle>(Cycles);
            var created = new List<Cycle>();
            foreach (var cycle in planned.Where(c => cycles.FindById(c.Id) is null))
            {
                cycles.Insert(cycle);
                audit.Record(db, actor, "cycle.created", "cycle", cycle.Id, cycle.DomainId, null, cycle);
                created.Add(cycle);
            }

            return (IReadOnlyList<Cycle>)created;
        });
    }

    public Cycle Get(string id) => CycleGuards.LoadCycle(registry.Database, id);

    public PagedList<Cycle> List(string? domainId, int? year, CycleStage? stage, Paging paging)
    {
        var query = registry.Database.GetCollection<Cycle>(Cycles).Query();
        if (domainId is not null)
        {
            query = query.Where(c => c.DomainId == domainId);
        }

        if (year is not null)
        {
            query = query.Where(c => c.Year == year.Value);
        }

        if (stage is not null)
        {
            var name = stage.Value.ToString();
            query = query.Where("$.Stage = @0", new BsonValue(name));
        }

        return query.Page(paging, q => q.OrderBy(c => c.Id));
    }

    /// <summary>Closes nominations: nominating → reviewing. The bureau of the domain or the Talent Office.</summary>
    public Cycle CloseNominations(Actor actor, string cycleId, int expectedVersion) =>
        registry.Write(db =>
        {
            var cycles = db.GetCollection<Cycle>(Cycles);
            var cycle = CycleGuards.LoadCycle(db, cycleId);
            RequireManager(actor, cycle);
            WorkflowGuards.RequireVersion("Cycle", cycleId, cycle.Version, expectedVersion);
            RequireStage(cycle, CycleStage.Nominating, "close nominations");
            var before = Clone(cycle);
            cycle.Stage = CycleStage.Reviewing;
            cycle.NominationsClosedUtc = clock.UtcNow;
            cycle.NominationsClosedBy = actor.AccountId;
            cycle.Version++;
            cycles.Update(cycle);
            audit.Record(db, actor, "cycle.nominations-closed", "cycle", cycle.Id, cycle.DomainId, before, cycle);
            return cycle;
        });

    /// <summary>Refuses (403) anyone but the Talent Office and the bureau of the cycle's domain.</summary>
    public static void RequireManager(Actor actor, Cycle cycle)
    {
        if (!actor.CanManageDomain(cycle.DomainId))
        {
            throw new ForbiddenException($"Only the Talent Office and the {cycle.DomainId} bureau may change the cycle '{cycle.Id}'.");
        }
    }

    /// <summary>Refuses (409) a step asked for in another stage, and any change to a read-only cycle.</summary>
    public static void RequireStage(Cycle cycle, CycleStage stage, string step) => CycleGuards.RequireStage(cycle, step, stage);

    public static Cycle Clone(Cycle c) => new()
    {
        Id = c.Id, ProgrammeId = c.ProgrammeId, DomainId = c.DomainId, Year = c.Year, ReferenceDate = c.ReferenceDate,
        NominationDeadline = c.NominationDeadline, Stage = c.Stage, ReadOnly = c.ReadOnly, NominationsClosedUtc = c.NominationsClosedUtc,
        NominationsClosedBy = c.NominationsClosedBy, CreatedUtc = c.CreatedUtc, Version = c.Version,
    };

    private static void RequireTalentOffice(Actor actor, string detail)
    {
        if (!actor.IsTalentOffice)
        {
            throw new ForbiddenException(detail);
        }
    }

    private Programme ProgrammeFor(int year) =>
        registry.Database.GetCollection<Programme>(Programmes).FindAll().FirstOrDefault(p => p.StartYear <= year && year <= p.EndYear)
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
            NominationDeadline = ProgrammeCalendar.ToStored(effectiveDeadline),
            ReferenceDate = ProgrammeCalendar.ToStored(referenceDate ?? effectiveDeadline),
            Stage = CycleStage.Nominating,
            CreatedUtc = clock.UtcNow,
        };
    }
}
