using Kunpeng.Host.Problems;
using Kunpeng.Host.Workflow.Cycles;
using Kunpeng.Host.Workflow.Nominations;
using Kunpeng.Registry;

namespace Kunpeng.Host.Workflow.Determinations;

/// <summary>
/// A cycle's fixed list as the later steps read it (plans, implementation, grants, engagement, the
/// dashboard): the determination once fixed, and the people it selected. Each method takes the record
/// set to read, so a step reads inside its transaction (<c>changes.Records(Determination.Set)</c>) and
/// a report reads committed data (<c>registry.Read(Determination.Set)</c>).
/// </summary>
public static class FixedList
{
    /// <summary>The cycle's determination if it is fixed, else null.</summary>
    public static Determination? Find(IRecordReader<Determination> determinations, string cycleId) =>
        determinations.Find(cycleId) is { Status: DeterminationStatus.Fixed } determination ? determination : null;

    /// <summary>The cycle's determination, required to be fixed (409 otherwise: <paramref name="step"/> comes after it).</summary>
    public static Determination Require(IRecordReader<Determination> determinations, Cycle cycle, string step) =>
        Find(determinations, cycle.Id)
        ?? throw new StepOutOfOrderException($"Cannot {step}: the determination of cycle '{cycle.Id}' is not fixed yet.");

    /// <summary>
    /// The people selected: the determination's nominations that are <see cref="NominationStatus.Selected"/>,
    /// tier by tier in the determination's order.
    /// </summary>
    public static IReadOnlyList<SelectedPerson> Selected(IRecordReader<Nomination> nominations, Determination determination) =>
        (from tier in determination.Tiers
         from id in tier.NominationIds
         let nomination = nominations.Find(id)
         where nomination is { Status: NominationStatus.Selected }
         select new SelectedPerson(nomination.Id, nomination.PersonId, nomination.PersonName, tier.Tier, nomination.Unit)).ToList();
}
