using Kunpeng.Host.Registry;
using Kunpeng.Host.Workflow.Cycles;
using Kunpeng.Host.Workflow.Determinations;
using Kunpeng.Host.Workflow.Nominations;
using Kunpeng.Host.Workflow.Plans;

namespace Kunpeng.Workflow.Tests.Infrastructure;

/// <summary>Seeds what nomination, review and determination leave behind into any registry (the HTTP tests use the host's own).</summary>
public static class SeededCycleRegistrySeeding
{
    /// <summary>A cycle at Determined with two top and three backbone nominations selected on a fixed determination.</summary>
    public static SeededCycle SeedDetermined(RegistryDatabase registry, string domainId, int year)
    {
        var cycleId = $"{domainId}-{year}";
        Nomination Nominate(string tier, int i) => new()
        {
            Id = $"{cycleId}-{tier}-{i}", CycleId = cycleId, DomainId = domainId, Year = year, Tier = tier, PersonId = $"person-{tier}-{i}",
            PersonName = $"{tier}人选{i}", NominatedBy = "un-1", Unit = "区医院", Status = NominationStatus.Selected,
            CreatedUtc = new DateTime(year, 3, 1, 0, 0, 0, DateTimeKind.Utc),
        };
        var top = Enumerable.Range(1, 2).Select(i => Nominate("top", i)).ToList();
        var backbone = Enumerable.Range(1, 3).Select(i => Nominate("backbone", i)).ToList();
        registry.Write(db =>
        {
            db.GetCollection<Cycle>(CycleSteps.Cycles).Insert(new Cycle
            {
                Id = cycleId, ProgrammeId = "kunpeng-2015", DomainId = domainId, Year = year, Stage = CycleStage.Determined,
                ReferenceDate = new DateOnly(year, 10, 31), NominationDeadline = new DateOnly(year, 10, 31),
            });
            db.GetCollection<Nomination>(CycleSteps.Nominations).InsertBulk(top.Concat(backbone));
            db.GetCollection<Determination>(CycleSteps.Determinations).Insert(new Determination
            {
                Id = cycleId, DomainId = domainId, Status = DeterminationStatus.Fixed,
                Tiers =
                [
                    new DeterminedTier { Tier = "top", Quota = 5, NominationIds = top.Select(n => n.Id).ToList() },
                    new DeterminedTier { Tier = "backbone", Quota = 50, NominationIds = backbone.Select(n => n.Id).ToList() },
                ],
            });
        });
        return new SeededCycle(cycleId, domainId, year, top.Select(n => n.Id).ToList(), backbone.Select(n => n.Id).ToList(), "");
    }
}
