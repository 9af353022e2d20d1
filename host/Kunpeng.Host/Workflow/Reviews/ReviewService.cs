using Kunpeng.Host.Workflow;
using Kunpeng.Host.Workflow.Audit;
using Kunpeng.Host.Api;
using Kunpeng.Host.Problems;
using Kunpeng.Host.Registry;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Cycles;
using Kunpeng.Host.Workflow.Nominations;
using LiteDB;

namespace Kunpeng.Host.Workflow.Reviews;

/// <summary>
/// Expert review: the bureau forms the cycle's panel and assigns reviewers; a reviewer sees only
/// what is assigned to them, declares conflicts, judges, scores and recommends. Reviews open once a
/// nomination is submitted and the cycle's nominations are closed.
/// </summary>
public sealed class ReviewService(RegistryDatabase registry, AuditTrail audit, NominationService nominations, ProgrammeClock clock, NominationListTotals totals)
{
    public const string Panels = "panels";
    public const string Reviews = "reviews";

    public static void EnsureIndexes(LiteDatabase db)
    {
        var reviews = db.GetCollection<Review>(Reviews);
        reviews.EnsureIndex(r => r.NominationId);
        reviews.EnsureIndex(r => r.ReviewerId);
        reviews.EnsureIndex(r => r.CycleId);
        db.GetCollection<ReviewPanel>(Panels).EnsureIndex(p => p.DomainId);
    }

    public ReviewPanel? GetPanel(Actor actor, string cycleId)
    {
        var cycle = Cycle(cycleId);
        Permissions.RequireDomainManager(actor, cycle.DomainId, "change this cycle");
        return registry.Database.GetCollection<ReviewPanel>(Panels).FindById(cycleId);
    }

    /// <summary>Forms (or, with the ETag, re-forms) the cycle's panel from expert-reviewer accounts.</summary>
    public ReviewPanel FormPanel(Actor actor, string cycleId, int? expectedVersion, PanelRequest request)
    {
        var cycle = Cycle(cycleId);
        Permissions.RequireDomainManager(actor, cycle.DomainId, "change this cycle");
        var ids = (request.ReviewerIds ?? []).Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToList();
        var errors = new FieldErrors();
        if (ids.Count == 0)
        {
            errors.Add("reviewerIds", "At least one expert-reviewer account.");
        }

        var accounts = registry.Database.GetCollection<Account>(AccountStore.Collection);
        for (var i = 0; i < ids.Count; i++)
        {
            var account = accounts.FindById(ids[i]);
            if (account is null || account.Role != KunpengRoles.ExpertReviewer || account.Disabled)
            {
                errors.Add($"reviewerIds[{i}]", $"'{ids[i]}' is not an enabled expert-reviewer account.");
            }
        }

        errors.ThrowIfAny();
        return registry.Write(db =>
        {
            var stored = db.GetCollection<Cycles.Cycle>(Cycles.Cycle.Set.Name).FindById(cycleId)!;
            if (stored.Stage is not (CycleStage.Nominating or CycleStage.Reviewing) || stored.ReadOnly)
            {
                throw new StepOutOfOrderException($"The panel of '{cycleId}' is formed while nominating or reviewing; the cycle is {WireNames.Of(stored.Stage)}.");
            }

            var panels = db.GetCollection<ReviewPanel>(Panels);
            var panel = panels.FindById(cycleId);
            if (panel is null)
            {
                panel = new ReviewPanel { Id = cycleId, DomainId = cycle.DomainId, ReviewerIds = ids };
                panels.Insert(panel);
                audit.Record(db, actor, "panel.formed", "panel", panel.Id, panel.DomainId, null, panel);
                return panel;
            }

            if (expectedVersion is null)
            {
                throw new PreconditionRequiredException();
            }

            WorkflowGuards.RequireVersion("Panel", cycleId, panel.Version, expectedVersion.Value);
            var removed = panel.ReviewerIds.Except(ids).ToList();
            var stillAssigned = removed.Where(r => NominationService.Nominations(db)
                .Exists(BsonExpression.Create("$.CycleId = @0 AND ($.ReviewerIds[*] ANY = @1)", cycleId, r))).ToList();
            if (stillAssigned.Count > 0)
            {
                throw new ConflictException("Reviewer still assigned",
                    $"Cannot remove {string.Join(", ", stillAssigned)} from the panel: assigned to nominations of '{cycleId}'.");
            }

            var before = AuditSnapshot.Of(panel);
            panel.ReviewerIds = ids;
            panel.Version++;
            panels.Update(panel);
            audit.Record(db, actor, "panel.changed", "panel", panel.Id, panel.DomainId, before, panel);
            return panel;
        });
    }

    /// <summary>Assigns panel members to a submitted nomination.</summary>
    public Nomination Assign(Actor actor, string nominationId, int expectedVersion, AssignmentRequest request)
    {
        var n = nominations.Get(actor, nominationId);
        NominationScope.RequireManager(actor, n);
        var ids = (request.ReviewerIds ?? []).Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            throw new InputValidationException("reviewerIds", "At least one reviewer of the cycle's panel.");
        }

        return nominations.Change(actor, nominationId, expectedVersion, "nomination.reviewers-assigned", stored =>
        {
            if (stored.Status is not (NominationStatus.Submitted or NominationStatus.UnderReview or NominationStatus.PanelPassed or NominationStatus.PanelRejected))
            {
                throw new StepOutOfOrderException($"Reviewers are assigned to submitted nominations; '{stored.Id}' is {WireNames.Of(stored.Status)}.");
            }

            RequireReviewOpen(registry.Database.GetCollection<Cycles.Cycle>(Cycles.Cycle.Set.Name).FindById(stored.CycleId)!);

            var panel = registry.Database.GetCollection<ReviewPanel>(Panels).FindById(stored.CycleId)
                ?? throw new StepOutOfOrderException($"Form the panel of '{stored.CycleId}' (PUT /api/cycles/{stored.CycleId}/panel) before assigning reviewers.");
            var errors = new FieldErrors();
            for (var i = 0; i < ids.Count; i++)
            {
                if (!panel.ReviewerIds.Contains(ids[i]))
                {
                    errors.Add($"reviewerIds[{i}]", $"'{ids[i]}' is not on the panel of '{stored.CycleId}'.");
                }
            }

            errors.ThrowIfAny();
            stored.ReviewerIds = stored.ReviewerIds.Union(ids).ToList();
            Recompute(stored);
        });
    }

    /// <summary>
    /// Takes a reviewer off a nomination (assigned by mistake, or replaced): allowed while review is
    /// open and only before they submit a review, since a submitted review is part of the panel's
    /// result. A declared conflict stays on record; with no reviewer left the nomination is back to
    /// submitted.
    /// </summary>
    public Nomination Unassign(Actor actor, string nominationId, string reviewerId, int expectedVersion)
    {
        var n = nominations.Get(actor, nominationId);
        NominationScope.RequireManager(actor, n);
        return nominations.Change(actor, nominationId, expectedVersion, "nomination.reviewer-removed", stored =>
        {
            if (!stored.ReviewerIds.Contains(reviewerId))
            {
                throw new NotFoundException("Reviewer assignment", $"{nominationId}/{reviewerId}");
            }

            RequireReviewOpen(registry.Database.GetCollection<Cycles.Cycle>(Cycles.Cycle.Set.Name).FindById(stored.CycleId)!);

            var review = registry.Database.GetCollection<Review>(Reviews).FindById(ReviewId(nominationId, reviewerId));
            if (review?.SubmittedUtc is not null)
            {
                throw new StepOutOfOrderException($"'{reviewerId}' has submitted a review of '{nominationId}': a submitted review stays part of the panel's result.");
            }

            stored.ReviewerIds = stored.ReviewerIds.Where(id => id != reviewerId).ToList();
            if (stored.ReviewerIds.Count == 0)
            {
                stored.Panel = null;
                stored.Status = NominationStatus.Submitted;
            }
            else
            {
                Recompute(stored);
            }
        });
    }

    /// <summary>A reviewer declares a conflict of interest: from then on they cannot review this nomination.</summary>
    public Review DeclareConflict(Actor actor, string nominationId, ConflictDeclaration declaration)
    {
        var n = nominations.Get(actor, nominationId);
        RequireAssignedReviewer(actor, n);
        if (string.IsNullOrWhiteSpace(declaration.Note))
        {
            throw new InputValidationException("note", "Say what the conflict of interest is.");
        }

        var declared = registry.Write(db =>
        {
            var reviews = db.GetCollection<Review>(Reviews);
            var id = ReviewId(nominationId, actor.AccountId);
            var review = reviews.FindById(id);
            if (review?.SubmittedUtc is not null)
            {
                throw new StepOutOfOrderException("Your review is already submitted; a conflict is declared before reviewing.");
            }

            if (review?.Conflict == true)
            {
                throw new ConflictException("Conflict already declared", "You already declared a conflict of interest for this nomination.");
            }

            var before = review is null ? null : AuditSnapshot.Of(review);
            review ??= NewReview(actor, n);
            review.Conflict = true;
            review.ConflictNote = declaration.Note.Trim();
            if (before is null)
            {
                reviews.Insert(review);
            }
            else
            {
                review.Version++;
                reviews.Update(review);
            }

            audit.Record(db, actor, "review.conflict-declared", "review", review.Id, review.DomainId, before, review);
            UpdateNomination(db, actor, nominationId);
            return review;
        });
        totals.Invalidate();
        return declared;
    }

    /// <summary>A reviewer's own review (404 when none yet).</summary>
    public Review Mine(Actor actor, string nominationId)
    {
        var n = nominations.Get(actor, nominationId);
        RequireAssignedReviewer(actor, n);
        return registry.Database.GetCollection<Review>(Reviews).FindById(ReviewId(nominationId, actor.AccountId))
            ?? throw new NotFoundException("Review", ReviewId(nominationId, actor.AccountId));
    }

    /// <summary>Submits (or, with the ETag, revises) the caller's review; the panel result is derived again.</summary>
    public Review Submit(Actor actor, string nominationId, int? expectedVersion, ReviewRequest request)
    {
        var n = nominations.Get(actor, nominationId);
        RequireAssignedReviewer(actor, n);
        var cycle = nominations.CycleOf(n);
        RequireReviewable(n, cycle);
        var screening = n.Screenings.LastOrDefault();
        var input = Validate(request, screening);

        var submitted = registry.Write(db =>
        {
            var stored = NominationService.Nominations(db).FindById(nominationId)!;
            RequireReviewable(stored, db.GetCollection<Cycles.Cycle>(Cycles.Cycle.Set.Name).FindById(stored.CycleId)!);
            if (!stored.ReviewerIds.Contains(actor.AccountId))
            {
                throw new NotFoundException("Nomination", nominationId);
            }

            var reviews = db.GetCollection<Review>(Reviews);
            var review = reviews.FindById(ReviewId(nominationId, actor.AccountId));
            if (review?.Conflict == true)
            {
                throw new StepOutOfOrderException("You declared a conflict of interest for this nomination: you cannot review it.");
            }

            var before = review is null ? null : AuditSnapshot.Of(review);
            if (review is not null)
            {
                if (expectedVersion is null)
                {
                    throw new PreconditionRequiredException();
                }

                WorkflowGuards.RequireVersion("Review", review.Id, review.Version, expectedVersion.Value);
                review.Version++;
            }

            review ??= NewReview(actor, stored);
            review.Judgments = input.Judgments;
            review.DocumentsAuthentic = input.DocumentsAuthentic;
            review.DocumentsNote = input.DocumentsNote;
            review.Score = input.Score;
            review.Recommendation = input.Recommendation;
            review.Exceptions = input.Exceptions;
            review.Comment = input.Comment;
            review.SubmittedUtc = clock.UtcNow;
            reviews.Upsert(review);
            audit.Record(db, actor, before is null ? "review.submitted" : "review.revised", "review", review.Id, review.DomainId, before, review);
            UpdateNomination(db, actor, nominationId);
            return review;
        });
        totals.Invalidate();
        return submitted;
    }

    /// <summary>The reviews of a nomination: all for the bureau and the Talent Office, only their own for a reviewer.</summary>
    public IReadOnlyList<Review> List(Actor actor, string nominationId)
    {
        var n = nominations.Get(actor, nominationId);
        var all = registry.Database.GetCollection<Review>(Reviews).Find(r => r.NominationId == nominationId).ToList();
        if (actor.CanManageDomain(n.DomainId))
        {
            return all;
        }

        if (actor.Role == KunpengRoles.ExpertReviewer)
        {
            return all.Where(r => r.ReviewerId == actor.AccountId).ToList();
        }

        throw new ForbiddenException("Reviews are seen by the bureau, the Talent Office and their own reviewers.");
    }

    /// <summary>Derives the panel's result again and moves the nomination's status with it.</summary>
    private void UpdateNomination(LiteDatabase db, Actor actor, string nominationId)
    {
        var all = NominationService.Nominations(db);
        var n = all.FindById(nominationId)!;
        var before = AuditSnapshot.Of(n);
        Recompute(n, db);
        n.Version++;
        all.Update(n);
        var (changedBefore, changedAfter) = AuditSnapshot.Changes(before, AuditSnapshot.Of(n));
        audit.Record(db, actor, "nomination.panel-result", "nomination", n.Id, n.DomainId, changedBefore, changedAfter);
    }

    private void Recompute(Nomination n, LiteDatabase? db = null)
    {
        var reviews = (db ?? registry.Database).GetCollection<Review>(Reviews).Find(r => r.NominationId == n.Id).ToList();
        n.Panel = PanelRule.Derive(n, reviews);
        n.Status = n.Panel.Result switch
        {
            PanelResults.Passed => NominationStatus.PanelPassed,
            PanelResults.Rejected => NominationStatus.PanelRejected,
            _ => NominationStatus.UnderReview,
        };
    }

    private static void RequireReviewOpen(Cycle cycle)
    {
        if (cycle.Stage is not (CycleStage.Nominating or CycleStage.Reviewing))
        {
            throw new StepOutOfOrderException($"The cycle '{cycle.Id}' is {WireNames.Of(cycle.Stage)}: review is over.");
        }
    }

    private static void RequireAssignedReviewer(Actor actor, Nomination n)
    {
        if (actor.Role != KunpengRoles.ExpertReviewer || !n.ReviewerIds.Contains(actor.AccountId))
        {
            throw new ForbiddenException("Only an expert reviewer assigned to this nomination reviews it.");
        }
    }

    private static void RequireReviewable(Nomination n, Cycle cycle)
    {
        if (n.Status is not (NominationStatus.UnderReview or NominationStatus.PanelPassed or NominationStatus.PanelRejected))
        {
            throw new StepOutOfOrderException($"Nomination '{n.Id}' is {WireNames.Of(n.Status)}: only submitted nominations with reviewers are reviewed.");
        }

        if (cycle.Stage != CycleStage.Reviewing)
        {
            throw new StepOutOfOrderException(cycle.Stage == CycleStage.Nominating
                ? $"Nominations of '{cycle.Id}' are not closed yet: review starts once the bureau closes them."
                : $"The cycle '{cycle.Id}' is {WireNames.Of(cycle.Stage)}: review is over.");
        }
    }

    private static Review Validate(ReviewRequest request, Screening? screening)
    {
        var errors = new FieldErrors();
        var qualitative = PanelRule.QualitativeConditions(screening);
        var judgments = new List<ConditionJudgment>();
        var given = request.Judgments ?? [];
        for (var i = 0; i < given.Count; i++)
        {
            var j = given[i];
            if (j.ConditionId is null || !qualitative.Contains(j.ConditionId))
            {
                errors.Add($"judgments[{i}].conditionId", $"Judge the tier's qualitative conditions: {string.Join(", ", qualitative)}.");
                continue;
            }

            if (j.Met is null)
            {
                errors.Add($"judgments[{i}].met", "true or false.");
                continue;
            }

            judgments.Add(new ConditionJudgment { ConditionId = j.ConditionId, Met = j.Met.Value, Note = j.Note?.Trim() });
        }

        var unjudged = qualitative.Where(q => given.All(j => j.ConditionId != q)).ToList();
        if (unjudged.Count > 0)
        {
            errors.Add("judgments", $"Not judged: {string.Join(", ", unjudged)}.");
        }

        if (request.DocumentsAuthentic is null)
        {
            errors.Add("documentsAuthentic", "Say whether the documents are authentic (true or false).");
        }

        if (request.Score is not (>= 0 and <= 100))
        {
            errors.Add("score", "0 to 100.");
        }

        if (request.Recommendation is not (Recommendations.Admit or Recommendations.Reject))
        {
            errors.Add("recommendation", "admit or reject.");
        }

        var exceptions = (request.Exceptions ?? [])
            .Where(e => e.ConditionId is not null && !string.IsNullOrWhiteSpace(e.Justification))
            .Select(e => new ExceptionJustification { ConditionId = e.ConditionId!, Justification = e.Justification!.Trim() })
            .ToList();
        var general = PanelRule.GeneralNotMet(screening);
        for (var i = 0; i < (request.Exceptions?.Count ?? 0); i++)
        {
            if (request.Exceptions![i].ConditionId is not { } c || !general.Contains(c))
            {
                errors.Add($"exceptions[{i}].conditionId", general.Count == 0
                    ? "No general condition is unmet: no exception is needed."
                    : $"Exceptions are for the general conditions not met: {string.Join(", ", general)}.");
            }
        }

        if (request.Recommendation == Recommendations.Admit)
        {
            var unjustified = general.Where(g => exceptions.All(e => e.ConditionId != g)).ToList();
            if (unjustified.Count > 0)
            {
                errors.Add("exceptions", $"Admitting despite the general (一般) condition(s) not met needs a written justification for each: {string.Join(", ", unjustified)}.");
            }
        }

        errors.ThrowIfAny();
        return new Review
        {
            Judgments = judgments,
            DocumentsAuthentic = request.DocumentsAuthentic,
            DocumentsNote = request.DocumentsNote?.Trim(),
            Score = request.Score,
            Recommendation = request.Recommendation,
            Exceptions = exceptions,
            Comment = request.Comment?.Trim(),
        };
    }

    private static Review NewReview(Actor actor, Nomination n) => new()
    {
        Id = ReviewId(n.Id, actor.AccountId),
        NominationId = n.Id,
        CycleId = n.CycleId,
        DomainId = n.DomainId,
        ReviewerId = actor.AccountId,
        ReviewerName = actor.Name,
    };

    private static string ReviewId(string nominationId, string reviewerId) => $"{nominationId}:{reviewerId}";

    private Cycle Cycle(string id) =>
        CycleGuards.LoadCycle(registry.Database, id);
}
