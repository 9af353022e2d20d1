using System.Security.Claims;
using Kunpeng.Host.Problems;
using Kunpeng.Host.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kunpeng.Host.Api;

/// <summary>Logging in, and the Talent Office's account administration.</summary>
public static class AuthApi
{
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Accounts");
        auth.MapPost("/token", IssueToken).WithName(nameof(IssueToken)).AllowAnonymous().DisableAntiforgery()
            .Accepts<LoginRequest>("application/json", "application/x-www-form-urlencoded")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized);
        auth.MapGet("/me", Me).WithName(nameof(Me)).RequireAuthorization(KunpengPolicies.AnyRole);

        var accounts = app.MapGroup("/api/accounts").WithTags("Accounts").RequireAuthorization(KunpengPolicies.TalentOffice);
        accounts.MapPost("/", CreateAccount).WithName(nameof(CreateAccount))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        accounts.MapGet("/", ListAccounts).WithName(nameof(ListAccounts));

        app.MapGet("/api/reviewers", ListReviewers).WithName(nameof(ListReviewers)).WithTags("Accounts")
            .RequireAuthorization(KunpengPolicies.DomainManagers);
        return app;
    }

    /// <summary>Exchanges a user name and password for a bearer token.</summary>
    /// <remarks>
    /// Accepts JSON <c>{ "userName", "password" }</c>, or an OAuth 2.0 password-grant form
    /// (<c>grant_type=password&amp;username=…&amp;password=…</c>), which is what Swagger UI's Authorize dialog sends.
    /// </remarks>
    /// <response code="401">Unknown user, wrong password or disabled account.</response>
    public static async Task<Results<Ok<IssuedToken>, ProblemHttpResult>> IssueToken(HttpRequest request, AccountStore accounts, TokenIssuer tokens)
    {
        var login = await LoginRequest.ReadAsync(request);
        var account = accounts.Verify(login.UserName, login.Password);
        return account is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Login failed",
                detail: "The user name or password is wrong, or the account is disabled.")
            : TypedResults.Ok(tokens.Issue(account));
    }

    /// <summary>Who the token belongs to: role, and the domain or unit it is scoped to.</summary>
    public static Ok<Actor> Me(ClaimsPrincipal user) => TypedResults.Ok(Actor.From(user));

    /// <summary>Creates an account (Talent Office only). Bureau officers need a domain id; nominating units a unit name.</summary>
    /// <response code="400">A field is missing or invalid; the errors name it.</response>
    /// <response code="409">The user name is taken.</response>
    public static Created<AccountView> CreateAccount(NewAccount request, ClaimsPrincipal user, AccountStore accounts)
    {
        var account = accounts.Create(Actor.From(user), request);
        return TypedResults.Created($"/api/accounts/{account.Id}", AccountView.Of(account));
    }

    /// <summary>Lists accounts (Talent Office only), optionally by role and domain.</summary>
    public static Ok<IReadOnlyList<AccountView>> ListAccounts(AccountStore accounts, string? role = null, string? domainId = null) =>
        TypedResults.Ok<IReadOnlyList<AccountView>>(accounts.List(role, domainId).Select(AccountView.Of).ToList());

    /// <summary>
    /// The reviewer directory: every enabled expert-reviewer account, id and name only, for the bureau
    /// and the Talent Office to form a cycle's panel from (the account list itself stays the Talent Office's).
    /// </summary>
    public static Ok<IReadOnlyList<ReviewerView>> ListReviewers(AccountStore accounts) =>
        TypedResults.Ok<IReadOnlyList<ReviewerView>>(accounts.List(KunpengRoles.ExpertReviewer, null).Where(a => !a.Disabled).Select(ReviewerView.Of).ToList());
}
