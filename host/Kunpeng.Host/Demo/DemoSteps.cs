using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Nominations;
using Kunpeng.Host.Workflow.Persons;
using Kunpeng.Host.Workflow.Reviews;
using Kunpeng.Host.Workflow.Writing;

namespace Kunpeng.Host.Demo;

/// <summary>The steps every demo cycle takes the same way: enter a person, nominate, assign, review.</summary>
public static class DemoSteps
{
    /// <summary>Enters a person into the talent database.</summary>
    public static Person Enter(DemoServices s, Actor actor, DemoPerson person) =>
        s.Persons.Create(actor, new NewPerson(person.ResidentId, person.Name, person.Unit, person.ProfileJson));

    /// <summary>Nominates and submits (the plugin screens it); the verdict must be the one the demo's story needs.</summary>
    public static Nomination NominateAndSubmit(DemoServices s, Actor nominator, string cycleId, Person person, string tier, string expectedVerdict)
    {
        var draft = s.Nominations.Create(nominator, new NewNomination(cycleId, person.Id, tier));
        var submitted = s.Nominations.Submit(nominator, draft.Id, draft.Version);
        Expect(submitted.LatestVerdict == expectedVerdict,
            $"{person.Name} ({cycleId}, {tier}) was screened {submitted.LatestVerdict}, where the demo expects {expectedVerdict}: did the plugin's criteria change?");
        return submitted;
    }

    /// <summary>Assigns panel members to a submitted nomination.</summary>
    public static Nomination Assign(DemoServices s, Actor bureau, Nomination n, params Actor[] reviewers) =>
        s.Reviews.Assign(bureau, n.Id, n.Version, new AssignmentRequest(reviewers.Select(r => r.AccountId).ToList()));

    /// <summary>
    /// A review recommending admission: every qualitative condition judged met, documents authentic,
    /// and, where a general (一般) condition is not met, the written justification admitting needs.
    /// </summary>
    public static Review Admit(DemoServices s, Actor reviewer, Nomination n, int score, string comment, string? exceptionJustification = null)
    {
        var screening = n.Screenings.LastOrDefault();
        var exceptions = exceptionJustification is null
            ? []
            : PanelRule.GeneralNotMet(screening).Select(c => new ExceptionInput(c, exceptionJustification)).ToList();
        return s.Reviews.Submit(reviewer, n.Id, IfMatch.Absent, new ReviewRequest(
            Judgments(screening, met: true, "符合，材料佐证充分。"), DocumentsAuthentic: true, "材料齐全，经核验属实。", score, Recommendations.Admit, exceptions, comment));
    }

    /// <summary>A review recommending rejection, with the reason.</summary>
    public static Review Reject(DemoServices s, Actor reviewer, Nomination n, int score, string comment) =>
        s.Reviews.Submit(reviewer, n.Id, IfMatch.Absent, new ReviewRequest(
            Judgments(n.Screenings.LastOrDefault(), met: false, "暂不符合。"), DocumentsAuthentic: true, "材料齐全，经核验属实。", score, Recommendations.Reject, [], comment));

    /// <summary>Stops the demo with a clear reason when a step did not turn out as its story needs.</summary>
    public static void Expect(bool condition, string why)
    {
        if (!condition)
        {
            throw new InvalidOperationException("Demo: " + why);
        }
    }

    private static List<JudgmentInput> Judgments(Screening? screening, bool met, string note) =>
        PanelRule.QualitativeConditions(screening).Select(c => new JudgmentInput(c, met, note)).ToList();
}
