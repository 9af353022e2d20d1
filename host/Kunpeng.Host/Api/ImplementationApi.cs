using Kunpeng.Host.Workflow;
using System.Security.Claims;
using Kunpeng.Host.Problems;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Implementation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kunpeng.Host.Api;

/// <summary>Step 7: activity records, work photos, progress reports, measure targets and the year-end summary.</summary>
public static class ImplementationApi
{
    public static IEndpointRouteBuilder MapImplementationApi(this IEndpointRouteBuilder app)
    {
        var cycles = app.MapGroup("/api/cycles/{cycleId}").WithTags("Implementation").RequireAuthorization(KunpengPolicies.DomainManagers);
        cycles.MapPost("/photos", UploadPhoto).WithName(nameof(UploadPhoto)).DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data").WorkflowProblems(400, 403, 404, 409);
        cycles.MapGet("/photos", ListPhotos).WithName(nameof(ListPhotos)).WorkflowProblems(400, 403, 404);
        cycles.MapPost("/activities", RecordActivity).WithName(nameof(RecordActivity)).WorkflowProblems(400, 403, 404, 409, 503);
        cycles.MapPost("/progress-reports", SubmitProgressReport).WithName(nameof(SubmitProgressReport)).WorkflowProblems(400, 403, 404, 409);
        cycles.MapGet("/targets", GetTargets).WithName(nameof(GetTargets)).WorkflowProblems(403, 404);
        cycles.MapPost("/summary", SubmitSummary).WithName(nameof(SubmitSummary)).WorkflowProblems(400, 403, 404, 409, 412, 428);
        cycles.MapGet("/summary", GetSummary).WithName(nameof(GetSummary)).WorkflowProblems(403, 404);

        var group = app.MapGroup("/api").WithTags("Implementation").RequireAuthorization(KunpengPolicies.DomainManagers);
        group.MapGet("/photos/{photoId}", GetPhoto).WithName(nameof(GetPhoto))
            .Produces(StatusCodes.Status200OK, contentType: "image/jpeg", additionalContentTypes: ["image/png"]).WorkflowProblems(403, 404);
        group.MapPut("/photos/{photoId}/caption", CaptionPhoto).WithName(nameof(CaptionPhoto)).WorkflowProblems(400, 403, 404, 409, 412, 428);
        group.MapGet("/activities", ListActivities).WithName(nameof(ListActivities)).WorkflowProblems(400, 403);
        group.MapGet("/activities/{activityId}", GetActivity).WithName(nameof(GetActivity)).WorkflowProblems(403, 404);
        group.MapPut("/activities/{activityId}", UpdateActivity).WithName(nameof(UpdateActivity)).WorkflowProblems(400, 403, 404, 409, 412, 428, 503);
        group.MapDelete("/activities/{activityId}", DeleteActivity).WithName(nameof(DeleteActivity)).WorkflowProblems(403, 404, 409, 412, 428);
        group.MapGet("/progress-reports", ListProgressReports).WithName(nameof(ListProgressReports)).WorkflowProblems(400, 403);
        group.MapGet("/progress-reports/{reportId}", GetProgressReport).WithName(nameof(GetProgressReport)).WorkflowProblems(403, 404);
        group.MapPut("/progress-reports/{reportId}", UpdateProgressReport).WithName(nameof(UpdateProgressReport)).WorkflowProblems(400, 403, 404, 409, 412, 428);
        group.MapDelete("/progress-reports/{reportId}", DeleteProgressReport).WithName(nameof(DeleteProgressReport)).WorkflowProblems(403, 404, 409, 412, 428);
        return app;
    }

    /// <summary>Uploads a work photo (JPEG or PNG, at most 10 MB by default) for the cycle's activities and summary.</summary>
    /// <param name="cycleId">Cycle being implemented.</param>
    /// <param name="file">The image (form field <c>file</c>).</param>
    /// <param name="caption">What it shows (form field <c>caption</c>, optional, at most 200 characters).</param>
    /// <param name="user">The caller.</param>
    /// <param name="implementation">The service.</param>
    /// <response code="400">Not a JPEG/PNG, or too large.</response>
    /// <response code="409">The cycle is not being implemented.</response>
    public static Created<PhotoView> UploadPhoto(
        string cycleId, IFormFile? file, [FromForm] string? caption, ClaimsPrincipal user, ImplementationService implementation)
    {
        if (file is null)
        {
            throw new InputValidationException("file", "Send the image as the multipart form field 'file'.");
        }

        using var stream = file.OpenReadStream();
        var photo = implementation.UploadPhoto(Actor.From(user), cycleId, file.FileName, stream, caption);
        return TypedResults.Created($"/api/photos/{photo.Id}", PhotoView.Of(photo));
    }

    /// <summary>The cycle's work photos (captions, types, sizes), latest first; GET /api/photos/{id} returns each image.</summary>
    /// <param name="cycleId">Cycle.</param>
    /// <param name="user">The caller.</param>
    /// <param name="implementation">The service.</param>
    /// <param name="page">1-based.</param>
    /// <param name="pageSize">1–200.</param>
    public static Ok<PagedList<PhotoView>> ListPhotos(
        string cycleId, ClaimsPrincipal user, ImplementationService implementation, int? page = null, int? pageSize = null) =>
        TypedResults.Ok(implementation.ListPhotos(Actor.From(user), cycleId, Paging.From(page, pageSize)).Map(PhotoView.Of));

    /// <summary>Gives a work photo its caption, or clears it (If-Match: the photo's version), while the cycle is being implemented.</summary>
    /// <param name="photoId">Photo.</param>
    /// <param name="input">The caption.</param>
    /// <param name="user">The caller.</param>
    /// <param name="request">The request (its If-Match header).</param>
    /// <param name="response">The response (its ETag header).</param>
    /// <param name="implementation">The service.</param>
    public static Ok<PhotoView> CaptionPhoto(
        string photoId, PhotoCaptionInput input, ClaimsPrincipal user, HttpRequest request, HttpResponse response, ImplementationService implementation)
    {
        var photo = implementation.CaptionPhoto(Actor.From(user), photoId, EntityTags.IfMatchOf(request), input);
        EntityTags.Write(response, photo.Version);
        return TypedResults.Ok(PhotoView.Of(photo));
    }

    /// <summary>A work photo's bytes.</summary>
    /// <param name="photoId">Photo.</param>
    /// <param name="user">The caller.</param>
    /// <param name="implementation">The service.</param>
    public static FileContentHttpResult GetPhoto(string photoId, ClaimsPrincipal user, ImplementationService implementation)
    {
        var (photo, bytes) = implementation.DownloadPhoto(Actor.From(user), photoId);
        return TypedResults.File(bytes, photo.ContentType, photo.FileName);
    }

    /// <summary>Records an activity (date, measure, target scope, participants, place, photos, notes).</summary>
    /// <param name="cycleId">Cycle being implemented.</param>
    /// <param name="input">The activity.</param>
    /// <param name="user">The caller.</param>
    /// <param name="response">The response (its ETag header).</param>
    /// <param name="implementation">The service.</param>
    /// <response code="400">A field is invalid; the errors name it.</response>
    /// <response code="409">The cycle is not being implemented.</response>
    public static Created<ActivityView> RecordActivity(string cycleId, ActivityInput input, ClaimsPrincipal user, HttpResponse response, ImplementationService implementation)
    {
        var activity = implementation.RecordActivity(Actor.From(user), cycleId, input);
        EntityTags.Write(response, activity.Version);
        return TypedResults.Created($"/api/activities/{activity.Id}", ActivityView.Of(activity));
    }

    /// <summary>An activity record; the ETag is its version.</summary>
    /// <param name="activityId">Activity.</param>
    /// <param name="user">The caller.</param>
    /// <param name="response">The response (its ETag header).</param>
    /// <param name="implementation">The service.</param>
    public static Ok<ActivityView> GetActivity(string activityId, ClaimsPrincipal user, HttpResponse response, ImplementationService implementation)
    {
        var activity = implementation.GetActivity(Actor.From(user), activityId);
        EntityTags.Write(response, activity.Version);
        return TypedResults.Ok(ActivityView.Of(activity));
    }

    /// <summary>Replaces an activity record (If-Match) while the cycle is being implemented.</summary>
    /// <param name="activityId">Activity.</param>
    /// <param name="input">The activity.</param>
    /// <param name="user">The caller.</param>
    /// <param name="request">The request (its If-Match header).</param>
    /// <param name="response">The response (its ETag header).</param>
    /// <param name="implementation">The service.</param>
    public static Ok<ActivityView> UpdateActivity(
        string activityId, ActivityInput input, ClaimsPrincipal user, HttpRequest request, HttpResponse response, ImplementationService implementation)
    {
        var activity = implementation.UpdateActivity(Actor.From(user), activityId, EntityTags.IfMatchOf(request), input);
        EntityTags.Write(response, activity.Version);
        return TypedResults.Ok(ActivityView.Of(activity));
    }

    /// <summary>Deletes an activity record recorded by mistake (If-Match), before the year-end summary is submitted; the audit trail keeps it.</summary>
    /// <param name="activityId">Activity.</param>
    /// <param name="user">The caller.</param>
    /// <param name="request">The request (its If-Match header).</param>
    /// <param name="implementation">The service.</param>
    /// <response code="204">Deleted.</response>
    /// <response code="409">The cycle is past implementation, or a returned summary names the activity.</response>
    public static NoContent DeleteActivity(string activityId, ClaimsPrincipal user, HttpRequest request, ImplementationService implementation)
    {
        implementation.DeleteActivity(Actor.From(user), activityId, EntityTags.IfMatchOf(request));
        return TypedResults.NoContent();
    }

    /// <summary>Activity records, filtered and paged; a bureau officer sees its own domain.</summary>
    /// <param name="domainId">Domain.</param>
    /// <param name="cycleId">Cycle.</param>
    /// <param name="measureId">Measure.</param>
    /// <param name="page">1-based.</param>
    /// <param name="pageSize">1–200.</param>
    /// <param name="user">The caller.</param>
    /// <param name="implementation">The service.</param>
    public static Ok<PagedList<ActivityView>> ListActivities(
        ClaimsPrincipal user, ImplementationService implementation, string? domainId = null, string? cycleId = null, string? measureId = null,
        int? page = null, int? pageSize = null)
    {
        var list = implementation.ListActivities(Actor.From(user), domainId, cycleId, measureId, Paging.From(page, pageSize));
        return TypedResults.Ok(list.Map(ActivityView.Of));
    }

    /// <summary>Submits a progress report to the Talent Office.</summary>
    /// <param name="cycleId">Cycle being implemented.</param>
    /// <param name="input">Period (e.g. 2015-Q2) and text.</param>
    /// <param name="user">The caller.</param>
    /// <param name="implementation">The service.</param>
    public static Created<ProgressReportView> SubmitProgressReport(string cycleId, ProgressReportInput input, ClaimsPrincipal user, ImplementationService implementation)
    {
        var report = implementation.SubmitProgressReport(Actor.From(user), cycleId, input);
        return TypedResults.Created($"/api/progress-reports/{report.Id}", ProgressReportView.Of(report));
    }

    /// <summary>Progress reports, filtered and paged.</summary>
    /// <param name="domainId">Domain.</param>
    /// <param name="cycleId">Cycle.</param>
    /// <param name="page">1-based.</param>
    /// <param name="pageSize">1–200.</param>
    /// <param name="user">The caller.</param>
    /// <param name="implementation">The service.</param>
    public static Ok<PagedList<ProgressReportView>> ListProgressReports(
        ClaimsPrincipal user, ImplementationService implementation, string? domainId = null, string? cycleId = null, int? page = null, int? pageSize = null)
    {
        var list = implementation.ListProgressReports(Actor.From(user), domainId, cycleId, Paging.From(page, pageSize));
        return TypedResults.Ok(list.Map(ProgressReportView.Of));
    }

    /// <summary>A progress report; the ETag is its version.</summary>
    /// <param name="reportId">Report.</param>
    /// <param name="user">The caller.</param>
    /// <param name="response">The response (its ETag header).</param>
    /// <param name="implementation">The service.</param>
    public static Ok<ProgressReportView> GetProgressReport(string reportId, ClaimsPrincipal user, HttpResponse response, ImplementationService implementation)
    {
        var report = implementation.GetProgressReport(Actor.From(user), reportId);
        EntityTags.Write(response, report.Version);
        return TypedResults.Ok(ProgressReportView.Of(report));
    }

    /// <summary>Corrects a progress report (If-Match) before the year-end summary is submitted.</summary>
    /// <param name="reportId">Report.</param>
    /// <param name="input">Period and text, replaced whole.</param>
    /// <param name="user">The caller.</param>
    /// <param name="request">The request (its If-Match header).</param>
    /// <param name="response">The response (its ETag header).</param>
    /// <param name="implementation">The service.</param>
    public static Ok<ProgressReportView> UpdateProgressReport(
        string reportId, ProgressReportInput input, ClaimsPrincipal user, HttpRequest request, HttpResponse response, ImplementationService implementation)
    {
        var report = implementation.UpdateProgressReport(Actor.From(user), reportId, EntityTags.IfMatchOf(request), input);
        EntityTags.Write(response, report.Version);
        return TypedResults.Ok(ProgressReportView.Of(report));
    }

    /// <summary>Deletes a progress report (If-Match) before the year-end summary is submitted; the audit trail keeps it.</summary>
    /// <param name="reportId">Report.</param>
    /// <param name="user">The caller.</param>
    /// <param name="request">The request (its If-Match header).</param>
    /// <param name="implementation">The service.</param>
    /// <response code="204">Deleted.</response>
    public static NoContent DeleteProgressReport(string reportId, ClaimsPrincipal user, HttpRequest request, ImplementationService implementation)
    {
        implementation.DeleteProgressReport(Actor.From(user), reportId, EntityTags.IfMatchOf(request));
        return TypedResults.NoContent();
    }

    /// <summary>Each measure target (e.g. four activities a year at 区医院) with the activities counted and whether it is met.</summary>
    /// <param name="cycleId">Cycle.</param>
    /// <param name="user">The caller.</param>
    /// <param name="implementation">The service.</param>
    public static Ok<IReadOnlyList<TargetProgressView>> GetTargets(string cycleId, ClaimsPrincipal user, ImplementationService implementation) =>
        TypedResults.Ok(implementation.Targets(Actor.From(user), cycleId));

    /// <summary>Submits the year-end summary; the cycle moves to summarized.</summary>
    /// <remarks>
    /// Due by 31 December of the cycle year (China time); a later summary is accepted and marked late.
    /// Resubmitting a summary the Talent Office returned needs If-Match with the summary's version.
    /// </remarks>
    /// <param name="cycleId">Cycle being implemented.</param>
    /// <param name="input">Text, photo ids and activity record ids.</param>
    /// <param name="user">The caller.</param>
    /// <param name="request">The request (its If-Match header).</param>
    /// <param name="response">The response (its ETag header).</param>
    /// <param name="implementation">The service.</param>
    public static Ok<SummaryView> SubmitSummary(
        string cycleId, SummaryInput input, ClaimsPrincipal user, HttpRequest request, HttpResponse response, ImplementationService implementation)
    {
        var summary = implementation.SubmitSummary(Actor.From(user), cycleId, EntityTags.IfMatchOf(request), input);
        EntityTags.Write(response, summary.Version);
        return TypedResults.Ok(SummaryView.Of(summary));
    }

    /// <summary>The cycle's year-end summary; the ETag is its version (send it to accept or return).</summary>
    /// <param name="cycleId">Cycle.</param>
    /// <param name="user">The caller.</param>
    /// <param name="response">The response (its ETag header).</param>
    /// <param name="implementation">The service.</param>
    public static Ok<SummaryView> GetSummary(string cycleId, ClaimsPrincipal user, HttpResponse response, ImplementationService implementation)
    {
        var summary = implementation.GetSummary(Actor.From(user), cycleId);
        EntityTags.Write(response, summary.Version);
        return TypedResults.Ok(SummaryView.Of(summary));
    }
}
