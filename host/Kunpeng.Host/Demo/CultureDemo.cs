using Kunpeng.Host.Workflow.Documents;
using Kunpeng.Host.Workflow.Nominations;

namespace Kunpeng.Host.Demo;

/// <summary>
/// The culture cycle, still taking nominations: the school's unit nomination of its music teacher,
/// submitted with the documents the culture rules require (screened: pending-review), and a writer's
/// self-application left as a draft with only her ID proof uploaded so far.
/// </summary>
public static class CultureDemo
{
    public const string DomainId = "culture";
    public static readonly string CycleId = DemoCalendar.CycleId(DomainId);

    public static async Task RunAsync(DemoServices s, DemoCast cast, CancellationToken cancellationToken)
    {
        var guo = DemoSteps.Enter(s, cast.School, DemoPeople.GuoWenbo);
        var nomination = s.Nominations.Create(cast.School, new NewNomination(CycleId, guo.Id, "top"));
        foreach (var kind in new[] { RequiredDocuments.IdProof, RequiredDocuments.Diploma, RequiredDocuments.AwardCertificate })
        {
            await AttachAsync(s, cast.School, nomination.Id, kind, guo.Name, cancellationToken);
        }

        var submitted = s.Nominations.Submit(cast.School, nomination.Id, s.Nominations.Get(cast.School, nomination.Id).Version);
        DemoSteps.Expect(submitted.LatestVerdict == Verdicts.PendingReview,
            $"{guo.Name} ({CycleId}, top) was screened {submitted.LatestVerdict}, where the demo expects {Verdicts.PendingReview}.");

        var ma = DemoSteps.Enter(s, cast.CultureApplicant, DemoPeople.MaXiaoyan);
        var draft = s.Nominations.Create(cast.CultureApplicant, new NewNomination(CycleId, ma.Id, "backbone"));
        await AttachAsync(s, cast.CultureApplicant, draft.Id, RequiredDocuments.IdProof, ma.Name, cancellationToken);
    }

    private static Task AttachAsync(DemoServices s, Security.Actor actor, string nominationId, string kind, string name, CancellationToken cancellationToken)
    {
        var version = s.Nominations.Get(actor, nominationId).Version;
        var file = DemoFiles.Upload(DemoFiles.Pdf($"Sample {kind} document"), $"{name}-{kind}.pdf", "application/pdf");
        return s.Documents.AddAsync(actor, nominationId, version, kind, file, cancellationToken);
    }
}
