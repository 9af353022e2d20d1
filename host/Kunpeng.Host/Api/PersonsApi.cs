using Kunpeng.Host.Workflow;
using System.Security.Claims;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Persons;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kunpeng.Host.Api;

/// <summary>The talent database (本土人才信息库).</summary>
public static class PersonsApi
{
    public static IEndpointRouteBuilder MapPersonsApi(this IEndpointRouteBuilder app)
    {
        var persons = app.MapGroup("/api/persons").WithTags("Talent database").RequireAuthorization(KunpengPolicies.AnyRole);
        persons.MapPost("/", CreatePerson).WithName(nameof(CreatePerson))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        persons.MapGet("/", ListPersons).WithName(nameof(ListPersons));
        persons.MapGet("/{id}", GetPerson).WithName(nameof(GetPerson)).ProducesProblem(StatusCodes.Status404NotFound);
        persons.MapPut("/{id}", UpdatePerson).WithName(nameof(UpdatePerson))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        persons.MapGet("/{id}/history", PersonHistory).WithName(nameof(PersonHistory)).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>Enters a person; the resident ID is validated (GB 11643) and unique: a duplicate is a 409 naming the existing person (existingPersonId).</summary>
    public static Created<PersonView> CreatePerson(NewPerson request, ClaimsPrincipal user, PersonService persons, HttpResponse response)
    {
        var actor = Actor.From(user);
        var person = persons.Create(actor, request);
        EntityTags.Write(response, person.Version);
        return TypedResults.Created($"/api/persons/{person.Id}", PersonService.View(actor, person));
    }

    /// <summary>Lists the persons the caller may see (resident IDs masked), filtered by unit, domain nominated in, and exact name.</summary>
    public static Ok<PagedList<PersonSummary>> ListPersons(
        ClaimsPrincipal user, PersonService persons, string? unit = null, string? domainId = null, string? name = null, int? page = null, int? pageSize = null)
    {
        var list = persons.List(Actor.From(user), unit, domainId, name, Paging.From(page, pageSize));
        return TypedResults.Ok(list.Map(PersonService.Summary));
    }

    /// <summary>A person; the resident ID whole only for the Talent Office and the bureau of a domain the person is nominated in.</summary>
    public static Ok<PersonView> GetPerson(string id, ClaimsPrincipal user, PersonService persons, HttpResponse response)
    {
        var actor = Actor.From(user);
        var person = persons.Get(actor, id);
        EntityTags.Write(response, person.Version);
        return TypedResults.Ok(PersonService.View(actor, person));
    }

    /// <summary>Changes a person's name, unit or facts (If-Match).</summary>
    public static Ok<PersonView> UpdatePerson(string id, PersonUpdate update, ClaimsPrincipal user, PersonService persons, HttpRequest request, HttpResponse response)
    {
        var actor = Actor.From(user);
        var person = persons.Update(actor, id, EntityTags.IfMatchOf(request), update);
        EntityTags.Write(response, person.Version);
        return TypedResults.Ok(PersonService.View(actor, person));
    }

    /// <summary>The person's history across cycles and domains: nominated, selected, tier changes, grants (as far as the caller's scope reaches).</summary>
    public static Ok<PersonHistory> PersonHistory(string id, ClaimsPrincipal user, PersonService persons) =>
        TypedResults.Ok(persons.History(Actor.From(user), id));
}
