using Kunpeng.Host.Workflow.Nominations;

namespace Kunpeng.Host.Workflow.Reviews;

/// <summary>
/// The panel's result for one nominee, derived from the reviews; the rule in one place:
/// <list type="number">
/// <item>Only assigned reviewers who did not declare a conflict count (N). With N = 0 the result is
/// pending: the bureau must assign another reviewer.</item>
/// <item>The result is pending until all N have submitted.</item>
/// <item>It is passed when a strict majority (more than N/2) recommend admit, every qualitative
/// condition of the latest screening is judged met by a strict majority, a strict majority found the
/// documents authentic, and every general (一般) condition the latest screening found not met carries
/// a written justification from a strict majority (a reviewer cannot recommend admit without one, so
/// an admitting majority always brings them). Otherwise it is rejected, with the reasons.</item>
/// </list>
/// A tie is not a majority: 2 of 4 is rejected. The latest screening's verdict is not part of the
/// panel's result: an ineligible nominee is kept off the list by the determination, which checks it.
/// </summary>
public static class PanelRule
{
    public static PanelOutcome Derive(Nomination n, IReadOnlyCollection<Review> reviews)
    {
        var counted = n.ReviewerIds.Select(id => reviews.FirstOrDefault(r => r.ReviewerId == id)).ToList();
        var conflicted = counted.Count(r => r?.Conflict == true);
        var eligible = counted.Where(r => r?.Conflict != true).ToList();
        var submitted = eligible.OfType<Review>().Where(r => r.SubmittedUtc is not null).ToList();
        var outcome = new PanelOutcome
        {
            Reviewers = eligible.Count,
            Conflicted = conflicted,
            Submitted = submitted.Count,
            RecommendAdmit = submitted.Count(r => r.Recommendation == Recommendations.Admit),
            AverageScore = submitted.Count > 0 ? Math.Round(submitted.Average(r => r.Score ?? 0), 2) : null,
        };
        if (eligible.Count == 0)
        {
            outcome.Reasons.Add("No reviewer without a conflict of interest is assigned.");
            return outcome;
        }

        if (submitted.Count < eligible.Count)
        {
            outcome.Reasons.Add($"{submitted.Count} of {eligible.Count} reviews submitted.");
            return outcome;
        }

        var n2 = eligible.Count;
        bool Majority(int count) => count * 2 > n2;
        var screening = n.Screenings.LastOrDefault();
        if (!Majority(outcome.RecommendAdmit))
        {
            outcome.Reasons.Add($"{outcome.RecommendAdmit} of {n2} reviewers recommend admission: not a majority.");
        }

        foreach (var condition in QualitativeConditions(screening))
        {
            var met = submitted.Count(r => r.Judgments.Any(j => j.ConditionId == condition && j.Met));
            if (!Majority(met))
            {
                outcome.Reasons.Add($"Condition {condition} judged met by {met} of {n2}: not a majority.");
            }
        }

        var authentic = submitted.Count(r => r.DocumentsAuthentic == true);
        if (!Majority(authentic))
        {
            outcome.Reasons.Add($"Documents found authentic by {authentic} of {n2}: not a majority.");
        }

        foreach (var condition in GeneralNotMet(screening))
        {
            var justified = submitted.Count(r => r.Exceptions.Any(e => e.ConditionId == condition && !string.IsNullOrWhiteSpace(e.Justification)));
            if (!Majority(justified))
            {
                outcome.Reasons.Add($"General condition {condition} is not met and only {justified} of {n2} justify an exception.");
            }
        }

        outcome.Result = outcome.Reasons.Count == 0 ? PanelResults.Passed : PanelResults.Rejected;
        return outcome;
    }

    /// <summary>Conditions the panel must judge: qualitative ones, and any the plugin left to the panel.</summary>
    public static IReadOnlyList<string> QualitativeConditions(Screening? screening) =>
        screening?.Conditions.Where(c => c.Kind == "qualitative" || c.Status == "awaits-panel").Select(c => c.Id).ToList() ?? [];

    /// <summary>General (一般) conditions not met: admitting needs a written justification for each.</summary>
    public static IReadOnlyList<string> GeneralNotMet(Screening? screening) =>
        screening?.Conditions.Where(c => c.Kind == "general" && c.Status == "not-met").Select(c => c.Id).ToList() ?? [];
}
