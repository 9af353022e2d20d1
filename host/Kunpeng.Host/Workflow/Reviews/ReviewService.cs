using Kunpeng.Host.Problems;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Cycles;
using Kunpeng.Host.Workflow.Nominations;
using Kunpeng.Host.Workflow.Writing;
using Kunpeng.Registry;

namespace Kunpeng.Host.Workflow.Reviews;

/// <summary>
/// Expert review: the bureau forms the cycle's panel and assigns reviewers; a reviewer sees only
/// what is assigned to them, declares conflicts, judges, scores and recommends. Reviews open once a
/// nomination is submitted and the cycle's nominations are closed. Every change to the reviews or
/// the assignments derives the panel's result again, in the same transaction.
/// </summary>
public sealed class ReviewService(IRegistry registry, RecordWrites writes, RecordReads reads, AccountStore accounts, NominationListTotals totals)
{
    /// <summary>The indexes the review lists and the panel's checks filter by.</summary>
    public static IEnumerable<IndexDefinition> Indexes =>
    [
        IndexDefinition.On(Review.Set, r => r.NominationId),
        IndexDefinition.On(Review.Set, r => r.ReviewerId),
        IndexDefinition.On(Review.Set, r => r.CycleId),
        IndexDefinition.On(ReviewPanel.Set, p => p.DomainId),
    ];

    /// <summary>The panel's result derived again from the reviews; the stage table moves the nomination's status with it.</summary>
    private static readonly RecordStep<Nomination> PanelResult = new() { Action = NominationStages.PanelResult, Apply = Recompute };

    /// <summary>The cycle's panel, or null before it is formed (the bureau of the domain or the Talent Office).</summary>
    public ReviewPanel? GetPanel(Actor actor, string cycleId)
    {
        var cycle = reads.Get(actor, Cycle.Kind, cycleId);
        Permissions.RequireDomainManager(actor, cycle.DomainId, "see the panel");
        return reads.Find(actor, ReviewPanel.Kind, cycleId);
    }

    /// <summary>The panel with its reviewers' names (an account since removed shows its id alone).</summary>
    public PanelView ViewOf(ReviewPanel panel) => new(
        panel.Id,
        panel.DomainId,
        panel.ReviewerIds,
        panel.ReviewerIds.Select(id => accounts.Find(id) is { } a ? ReviewerView.Of(a) : new ReviewerView(id, id, null, null)).ToList(),
        panel.Version);

    /// <summary>Forms (or, with the ETag, re-forms) the cycle's panel from expert-reviewer accounts.</summary>
    public ReviewPanel FormPanel(Actor actor, string cycleId, IfMatch ifMatch, PanelRequest request)
    {
        var ids = Distinct(request.ReviewerIds);
        return writes.Write(actor, changes => changes.Records(ReviewPanel.Set).Find(cycleId) is null
            ? changes.Create(ReviewPanel.Kind, new NewRecordStep<Cycle, ReviewPanel>
            {
                Action = "panel.formed",
                Parent = c => c.Load(Cycle.Kind, cycleId),
                Authorize = (a, cycle) => Permissions.RequireDomainManager(a, cycle.DomainId, "form the panel"),
                Require = (_, cycle) => CycleRules.RequireStage(cycle, "form the panel", CycleStage.Nominating, CycleStage.Reviewing),
                Validate = (_, _, errors) => ValidateMembers(ids, errors),
                Build = (_, cycle) => new ReviewPanel { Id = cycle.Id, DomainId = cycle.DomainId, ReviewerIds = ids },
            })
            : changes.Change(ReviewPanel.Kind, cycleId, ifMatch, new RecordStep<ReviewPanel>
            {
                Action = "panel.changed",
                Authorize = (a, panel) => Permissions.RequireDomainManager(a, panel.DomainId, "change the panel"),
                Require = (c, panel) =>
                {
                    CycleRules.RequireStage(c.Load(Cycle.Kind, panel.Id), "change the panel", CycleStage.Nominating, CycleStage.Reviewing);
                    RequireNoneStillAssigned(c, panel, ids);
                },
                Validate = (_, _, errors) => ValidateMembers(ids, errors),
                Apply = (_, panel) => panel.ReviewerIds = ids,
            }));
    }

    /// <summary>Assigns panel members to a submitted nomination.</summary>
    public Nomination Assign(Actor actor, string nominationId, IfMatch ifMatch, AssignmentRequest request)
    {
        var ids = Distinct(request.ReviewerIds);
        ReviewPanel? panel = null;
        var assigned = writes.Change(actor, Nomination.Kind, nominationId, ifMatch, new RecordStep<Nomination>
        {
            Action = NominationStages.ReviewersAssigned,
            Authorize = NominationScope.RequireManager,
            Require = (c, n) =>
            {
                CycleRules.RequireStage(c.Load(Cycle.Kind, n.CycleId), "assign reviewers", CycleStage.Nominating, CycleStage.Reviewing);
                panel = c.Records(ReviewPanel.Set).Find(n.CycleId)
                    ?? throw new StepOutOfOrderException($"Form the panel of '{n.CycleId}' (PUT /api/cycles/{n.CycleId}/panel) before assigning reviewers.");
            },
            Validate = (_, n, errors) =>
            {
                if (ids.Count == 0)
                {
                    errors.Add("reviewerIds", "At least one reviewer of the cycle's panel.");
                }

                for (var i = 0; i < ids.Count; i++)
                {
                    if (!panel!.ReviewerIds.Contains(ids[i]))
                    {
                        errors.Add($"reviewerIds[{i}]", $"'{ids[i]}' is not on the panel of '{n.CycleId}'.");
                    }
                }
            },
            Apply = (c, n) =>
            {
                n.ReviewerIds = n.ReviewerIds.Union(ids).ToList();
                Recompute(c, n);
            },
        });
        totals.Invalidate();
        return assigned;
    }

    /// <summary>
    /// Takes a reviewer off a nomination (assigned by mistake, or replaced): allowed while review is
    /// open and only before they submit a review, since a submitted review is part of the panel's
    /// result. A declared conflict stays on record; with no reviewer left the nomination is back to
    /// submitted.
    /// </summary>
    public Nomination Unassign(Actor actor, string nominationId, string reviewerId, IfMatch ifMatch)
    {
        var unassigned = writes.Write(actor, changes =>
        {
            // The assignment is what the request names: one that does not exist is 404, before anything else is checked.
            if (!changes.Load(Nomination.Kind, nominationId).ReviewerIds.Contains(reviewerId))
            {
                throw new NotFoundException("Reviewer assignment", $"{nominationId}/{reviewerId}");
            }

            return changes.Change(Nomination.Kind, nominationId, ifMatch, new RecordStep<Nomination>
            {
                Action = NominationStages.ReviewerRemoved,
                Authorize = NominationScope.RequireManager,
                Require = (c, n) =>
                {
                    CycleRules.RequireStage(c.Load(Cycle.Kind, n.CycleId), "take a reviewer off", CycleStage.Nominating, CycleStage.Reviewing);
                    if (c.Records(Review.Set).Find(Review.IdOf(n.Id, reviewerId)) is { SubmittedUtc: not null })
                    {
                        throw new StepOutOfOrderException($"'{reviewerId}' has submitted a review of '{nominationId}': a submitted review stays part of the panel's result.");
                    }
                },
                Apply = (c, n) =>
                {
                    n.ReviewerIds = n.ReviewerIds.Where(id => id != reviewerId).ToList();
                    if (n.ReviewerIds.Count == 0)
                    {
                        // No reviewer left: no panel either, and the stage table puts it back to submitted.
                        n.Panel = null;
                    }
                    else
                    {
                        Recompute(c, n);
                    }
                },
            });
        });
        totals.Invalidate();
        return unassigned;
    }

    /// <summary>A reviewer declares a conflict of interest: from then on they cannot review this nomination.</summary>
    public Review DeclareConflict(Actor actor, string nominationId, ConflictDeclaration declaration)
    {
        var declared = writes.Write(actor, changes =>
        {
            var nomination = changes.Load(Nomination.Kind, nominationId);
            var review = changes.Create(Review.Kind, new NewRecordStep<Nomination, Review>
            {
                Action = "review.conflict-declared",
                Parent = _ => nomination,
                Authorize = RequireAssignedReviewer,
                Require = (c, n) =>
                {
                    // The declaration derives the panel's result again: refused where that move is not allowed (a decided nomination).
                    NominationStages.Table.RequireMove(n, NominationStages.PanelResult);
                    CycleRules.RequireWritable(c.Load(Cycle.Kind, n.CycleId));
                    // A reviewer's review exists only once they declared a conflict or submitted.
                    var existing = c.Records(Review.Set).Find(Review.IdOf(n.Id, c.Actor.AccountId));
                    if (existing?.SubmittedUtc is not null)
                    {
                        throw new StepOutOfOrderException("Your review is already submitted; a conflict is declared before reviewing.");
                    }

                    if (existing?.Conflict == true)
                    {
                        throw new ConflictException("Conflict already declared", "You already declared a conflict of interest for this nomination.");
                    }
                },
                Validate = (_, _, errors) =>
                {
                    if (string.IsNullOrWhiteSpace(declaration.Note))
                    {
                        errors.Add("note", "Say what the conflict of interest is.");
                    }
                },
                Build = (c, n) =>
                {
                    var review = NewReview(c.Actor, n);
                    review.Conflict = true;
                    review.ConflictNote = declaration.Note!.Trim();
                    return review;
                },
            });
            changes.ChangeRelated(Nomination.Kind, nomination, PanelResult);
            return review;
        });
        totals.Invalidate();
        return declared;
    }

    /// <summary>A reviewer's own review (404 when none yet).</summary>
    public Review Mine(Actor actor, string nominationId)
    {
        var n = reads.Get(actor, Nomination.Kind, nominationId);
        RequireAssignedReviewer(actor, n);
        var id = Review.IdOf(nominationId, actor.AccountId);
        return reads.Find(actor, Review.Kind, id) ?? throw new NotFoundException("Review", id);
    }

    /// <summary>Submits (or, with the ETag, revises) the caller's review; the panel result is derived again.</summary>
    public Review Submit(Actor actor, string nominationId, IfMatch ifMatch, ReviewRequest request)
    {
        var submitted = writes.Write(actor, changes =>
        {
            var nomination = changes.Load(Nomination.Kind, nominationId);
            RequireAssignedReviewer(actor, nomination);
            var screening = nomination.Screenings.LastOrDefault();
            var input = new Review();
            var id = Review.IdOf(nomination.Id, actor.AccountId);
            var review = changes.Records(Review.Set).Find(id) is null
                ? changes.Create(Review.Kind, new NewRecordStep<Nomination, Review>
                {
                    Action = "review.submitted",
                    Parent = _ => nomination,
                    Require = (c, n) => RequireReviewable(n, c.Load(Cycle.Kind, n.CycleId)),
                    Validate = (_, _, errors) => input = Validate(request, screening, errors),
                    Build = (c, n) => Fill(NewReview(c.Actor, n), input, c.Clock.UtcNow),
                })
                : changes.Change(Review.Kind, id, ifMatch, new RecordStep<Review>
                {
                    Action = "review.revised",
                    Require = (c, r) =>
                    {
                        RequireReviewable(nomination, c.Load(Cycle.Kind, nomination.CycleId));
                        if (r.Conflict)
                        {
                            throw new StepOutOfOrderException("You declared a conflict of interest for this nomination: you cannot review it.");
                        }
                    },
                    Validate = (_, _, errors) => input = Validate(request, screening, errors),
                    Apply = (c, r) => Fill(r, input, c.Clock.UtcNow),
                });
            changes.ChangeRelated(Nomination.Kind, nomination, PanelResult);
            return review;
        });
        totals.Invalidate();
        return submitted;
    }

    /// <summary>The reviews of a nomination: all for the bureau and the Talent Office, only their own for a reviewer.</summary>
    public IReadOnlyList<Review> List(Actor actor, string nominationId)
    {
        var n = reads.Get(actor, Nomination.Kind, nominationId);
        if (!actor.CanManageDomain(n.DomainId) && actor.Role != KunpengRoles.ExpertReviewer)
        {
            throw new ForbiddenException("Reviews are seen by the bureau, the Talent Office and their own reviewers.");
        }

        return registry.Read(Review.Set).List(new RecordQuery(Filter.Eq<Review>(r => r.NominationId, nominationId)))
            .Where(r => Review.Kind.CanSee(actor, r))
            .ToList();
    }

    /// <summary>
    /// Derives the panel's result from the nomination's reviews (those of this transaction included); the
    /// nomination's stage table then moves its status to where that result puts it.
    /// </summary>
    private static void Recompute(ChangeSet changes, Nomination n)
    {
        var reviews = changes.Records(Review.Set).List(new RecordQuery(Filter.Eq<Review>(r => r.NominationId, n.Id)));
        n.Panel = PanelRule.Derive(n, reviews);
    }

    private static List<string> Distinct(IReadOnlyList<string>? ids) =>
        (ids ?? []).Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Panel members are enabled expert-reviewer accounts, at least one.</summary>
    private void ValidateMembers(List<string> ids, FieldErrors errors)
    {
        if (ids.Count == 0)
        {
            errors.Add("reviewerIds", "At least one expert-reviewer account.");
        }

        for (var i = 0; i < ids.Count; i++)
        {
            if (accounts.Find(ids[i]) is not { Role: KunpengRoles.ExpertReviewer, Disabled: false })
            {
                errors.Add($"reviewerIds[{i}]", $"'{ids[i]}' is not an enabled expert-reviewer account.");
            }
        }
    }

    /// <summary>A reviewer leaves the panel only once no nomination of the cycle has them assigned (409).</summary>
    private static void RequireNoneStillAssigned(ChangeSet changes, ReviewPanel panel, List<string> ids)
    {
        var nominations = changes.Records(Nomination.Set);
        var stillAssigned = panel.ReviewerIds.Except(ids)
            .Where(r => nominations.Any(Filter.Eq<Nomination>(n => n.CycleId, panel.Id) & Filter.Has(nameof(Nomination.ReviewerIds), r)))
            .ToList();
        if (stillAssigned.Count > 0)
        {
            throw new ConflictException("Reviewer still assigned",
                $"Cannot remove {string.Join(", ", stillAssigned)} from the panel: assigned to nominations of '{panel.Id}'.");
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
        // A review derives the panel's result again: only where the stage table allows that move (in review, not yet decided).
        NominationStages.Table.RequireMove(n, NominationStages.PanelResult);
        CycleRules.RequireWritable(cycle);
        if (cycle.Stage != CycleStage.Reviewing)
        {
            throw new StepOutOfOrderException(cycle.Stage == CycleStage.Nominating
                ? $"Nominations of '{cycle.Id}' are not closed yet: review starts once the bureau closes them."
                : $"The cycle '{cycle.Id}' is {WireNames.Of(cycle.Stage)}: review is over.");
        }
    }

    /// <summary>Checks a review request, every field at once, and returns what it says as a review's content.</summary>
    private static Review Validate(ReviewRequest request, Screening? screening, FieldErrors errors)
    {
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

    /// <summary>Puts the checked content on the review, submitted now.</summary>
    private static Review Fill(Review review, Review input, DateTime nowUtc)
    {
        review.Judgments = input.Judgments;
        review.DocumentsAuthentic = input.DocumentsAuthentic;
        review.DocumentsNote = input.DocumentsNote;
        review.Score = input.Score;
        review.Recommendation = input.Recommendation;
        review.Exceptions = input.Exceptions;
        review.Comment = input.Comment;
        review.SubmittedUtc = nowUtc;
        return review;
    }

    private static Review NewReview(Actor actor, Nomination n) => new()
    {
        Id = Review.IdOf(n.Id, actor.AccountId),
        NominationId = n.Id,
        CycleId = n.CycleId,
        DomainId = n.DomainId,
        ReviewerId = actor.AccountId,
        ReviewerName = actor.Name,
    };
}
