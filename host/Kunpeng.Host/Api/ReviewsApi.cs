using System.Security.Claims;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Nominations;
using Kunpeng.Host.Workflow.Reviews;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kunpeng.Host.Api;

/// <summary>Expert review: panels, assignments, conflicts of interest, reviews and the panel's result.</summary>
public static class ReviewsApi
{
    public static IEndpointRouteBuilder MapReviewsApi(this IEndpointRouteBuilder app)
    {
        var panels = app.MapGroup("/api/cycles/{cycleId}/panel").WithTags("Expert review").RequireAuthorization(KunpengPolicies.DomainManagers);
        panels.MapGet("/", GetPanel).WithName(nameof(GetPanel)).WorkflowProblems(403, 404);
        panels.MapPut("/", FormPanel).WithName(nameof(FormPanel)).WorkflowProblems(400, 403, 404, 409, 412, 428);

        var reviews = app.MapGroup("/api/nominations/{id}").WithTags("Expert review");
        reviews.MapPost("/reviewers", AssignReviewers).WithName(nameof(AssignReviewers)).RequireAuthorization(KunpengPolicies.DomainManagers)
            .WorkflowProblems(400, 403, 404, 409, 412, 428);
        reviews.MapDelete("/reviewers/{reviewerId}", UnassignReviewer).WithName(nameof(UnassignReviewer)).RequireAuthorization(KunpengPolicies.DomainManagers)
            .WorkflowProblems(403, 404, 409, 412, 428);
        reviews.MapGet("/reviews", ListReviews).WithName(nameof(ListReviews)).RequireAuthorization(KunpengPolicies.Reviewers).WorkflowProblems(403, 404);
        reviews.MapPost("/reviews/conflict", DeclareConflict).WithName(nameof(DeclareConflict)).RequireAuthorization(KunpengPolicies.Reviewers)
            .WorkflowProblems(400, 403, 404, 409);
        reviews.MapGet("/reviews/mine", GetMyReview).WithName(nameof(GetMyReview)).RequireAuthorization(KunpengPolicies.Reviewers)
            .WorkflowProblems(403, 404);
        reviews.MapPut("/reviews/mine", SubmitReview).WithName(nameof(SubmitReview)).RequireAuthorization(KunpengPolicies.Reviewers)
            .WorkflowProblems(400, 403, 404, 409, 412, 428);
        return app;
    }

    /// <summary>The cycle's review panel (the bureau of the domain or the Talent Office).</summary>
    public static Results<Ok<PanelView>, NotFound> GetPanel(string cycleId, ClaimsPrincipal user, ReviewService reviews, HttpResponse response)
    {
        var panel = reviews.GetPanel(Actor.From(user), cycleId);
        if (panel is null)
        {
            return TypedResults.NotFound();
        }

        EntityTags.Write(response, panel.Version);
        return TypedResults.Ok(reviews.ViewOf(panel));
    }

    /// <summary>Forms the cycle's panel from expert-reviewer accounts; changing an existing panel needs If-Match.</summary>
    public static Ok<PanelView> FormPanel(string cycleId, PanelRequest body, ClaimsPrincipal user, ReviewService reviews, HttpRequest request, HttpResponse response)
    {
        var panel = reviews.FormPanel(Actor.From(user), cycleId, EntityTags.IfMatchOf(request), body);
        EntityTags.Write(response, panel.Version);
        return TypedResults.Ok(reviews.ViewOf(panel));
    }

    /// <summary>Assigns panel members to a submitted nomination (If-Match: the nomination's ETag).</summary>
    public static Ok<NominationView> AssignReviewers(string id, AssignmentRequest body, ClaimsPrincipal user, ReviewService reviews, HttpRequest request, HttpResponse response)
    {
        var n = reviews.Assign(Actor.From(user), id, EntityTags.IfMatchOf(request), body);
        EntityTags.Write(response, n.Version);
        return TypedResults.Ok(NominationView.Of(n));
    }

    /// <summary>Takes a reviewer off a nomination before they have reviewed it (If-Match: the nomination's ETag).</summary>
    public static Ok<NominationView> UnassignReviewer(string id, string reviewerId, ClaimsPrincipal user, ReviewService reviews, HttpRequest request, HttpResponse response)
    {
        var n = reviews.Unassign(Actor.From(user), id, reviewerId, EntityTags.IfMatchOf(request));
        EntityTags.Write(response, n.Version);
        return TypedResults.Ok(NominationView.Of(n));
    }

    /// <summary>The nomination's reviews: all for the bureau and the Talent Office, their own for a reviewer.</summary>
    public static Ok<IReadOnlyList<Review>> ListReviews(string id, ClaimsPrincipal user, ReviewService reviews) =>
        TypedResults.Ok(reviews.List(Actor.From(user), id));

    /// <summary>Declares a conflict of interest (assigned reviewer): they then cannot review this nomination.</summary>
    public static Ok<Review> DeclareConflict(string id, ConflictDeclaration body, ClaimsPrincipal user, ReviewService reviews) =>
        TypedResults.Ok(reviews.DeclareConflict(Actor.From(user), id, body));

    /// <summary>The caller's own review of the nomination, with its ETag.</summary>
    public static Ok<Review> GetMyReview(string id, ClaimsPrincipal user, ReviewService reviews, HttpResponse response)
    {
        var review = reviews.Mine(Actor.From(user), id);
        EntityTags.Write(response, review.Version);
        return TypedResults.Ok(review);
    }

    /// <summary>
    /// Submits the caller's review (assigned reviewer, nominations closed): a judgment per qualitative
    /// condition, documents authentic or not, score 0–100, admit or reject, and for a general (一般)
    /// condition not met a written justification to admit. Revising needs If-Match.
    /// </summary>
    public static Ok<Review> SubmitReview(string id, ReviewRequest body, ClaimsPrincipal user, ReviewService reviews, HttpRequest request, HttpResponse response)
    {
        var review = reviews.Submit(Actor.From(user), id, EntityTags.IfMatchOf(request), body);
        EntityTags.Write(response, review.Version);
        return TypedResults.Ok(review);
    }
}
