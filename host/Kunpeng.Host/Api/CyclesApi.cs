using Kunpeng.Host.Workflow;
using System.Security.Claims;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Cycles;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kunpeng.Host.Api;

/// <summary>Programme periods and yearly cycles.</summary>
public static class CyclesApi
{
    public static IEndpointRouteBuilder MapCyclesApi(this IEndpointRouteBuilder app)
    {
        var programmes = app.MapGroup("/api/programmes").WithTags("Programme and cycles").RequireAuthorization(KunpengPolicies.AnyRole);
        programmes.MapGet("/", ListProgrammes).WithName(nameof(ListProgrammes));
        programmes.MapPost("/", AddProgramme).WithName(nameof(AddProgramme)).RequireAuthorization(KunpengPolicies.TalentOffice)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        programmes.MapPost("/years/{year:int}/open", OpenYear).WithName(nameof(OpenYear)).RequireAuthorization(KunpengPolicies.TalentOffice)
            .ProducesValidationProblem();

        var cycles = app.MapGroup("/api/cycles").WithTags("Programme and cycles").RequireAuthorization(KunpengPolicies.AnyRole);
        cycles.MapGet("/", ListCycles).WithName(nameof(ListCycles)).ProducesValidationProblem();
        cycles.MapGet("/{id}", GetCycle).WithName(nameof(GetCycle)).ProducesProblem(StatusCodes.Status404NotFound);
        cycles.MapPost("/", CreateCycle).WithName(nameof(CreateCycle)).RequireAuthorization(KunpengPolicies.TalentOffice)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        cycles.MapPost("/{id}/close-nominations", CloseNominations).WithName(nameof(CloseNominations))
            .RequireAuthorization(KunpengPolicies.DomainManagers)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        return app;
    }

    /// <summary>Programme periods (the Kunpeng programme 2015–2017 is seeded).</summary>
    public static Ok<IReadOnlyList<Programme>> ListProgrammes(CycleService cycles) => TypedResults.Ok(cycles.ListProgrammes());

    /// <summary>Adds a later programme period (Talent Office); periods may not overlap.</summary>
    public static Created<Programme> AddProgramme(NewProgramme request, ClaimsPrincipal user, CycleService cycles)
    {
        var programme = cycles.AddProgramme(Actor.From(user), request);
        return TypedResults.Created($"/api/programmes/{programme.Id}", programme);
    }

    /// <summary>Opens a year: creates the cycle of every active domain that has none for it (Talent Office).</summary>
    /// <remarks>Each cycle's deadline and reference date: the plugin's intake deadline (culture: 10-31), else Kunpeng:Workflow:DefaultNominationDeadline.</remarks>
    public static Ok<IReadOnlyList<CycleView>> OpenYear(int year, ClaimsPrincipal user, CycleService cycles, ProgrammeClock clock) =>
        TypedResults.Ok<IReadOnlyList<CycleView>>(cycles.OpenYear(Actor.From(user), year).Select(c => CycleView.Of(c, clock.Today)).ToList());

    /// <summary>Creates one domain's cycle for a year (Talent Office).</summary>
    public static Created<CycleView> CreateCycle(NewCycle request, ClaimsPrincipal user, CycleService cycles, ProgrammeClock clock, HttpResponse response)
    {
        var cycle = cycles.CreateCycle(Actor.From(user), request);
        EntityTags.Write(response, cycle.Version);
        return TypedResults.Created($"/api/cycles/{cycle.Id}", CycleView.Of(cycle, clock.Today));
    }

    /// <summary>Lists cycles, filtered by domain, year and stage.</summary>
    public static Ok<PagedList<CycleView>> ListCycles(
        CycleService cycles, ProgrammeClock clock, string? domainId = null, int? year = null, CycleStage? stage = null, int? page = null, int? pageSize = null)
    {
        var list = cycles.List(domainId, year, stage, Paging.From(page, pageSize));
        return TypedResults.Ok(list.Map(c => CycleView.Of(c, clock.Today)));
    }

    /// <summary>A cycle, with its ETag.</summary>
    public static Ok<CycleView> GetCycle(string id, ClaimsPrincipal user, CycleService cycles, ProgrammeClock clock, HttpResponse response)
    {
        var cycle = cycles.Get(Actor.From(user), id);
        EntityTags.Write(response, cycle.Version);
        return TypedResults.Ok(CycleView.Of(cycle, clock.Today));
    }

    /// <summary>Closes nominations: the cycle moves from nominating to reviewing (the bureau of the domain or the Talent Office; If-Match).</summary>
    public static Ok<CycleView> CloseNominations(string id, ClaimsPrincipal user, CycleService cycles, ProgrammeClock clock, HttpRequest request, HttpResponse response)
    {
        var cycle = cycles.CloseNominations(Actor.From(user), id, EntityTags.IfMatchOf(request));
        EntityTags.Write(response, cycle.Version);
        return TypedResults.Ok(CycleView.Of(cycle, clock.Today));
    }
}
