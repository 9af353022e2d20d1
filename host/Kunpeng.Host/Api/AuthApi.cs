using System.Globalization;
using System.Security.Claims;
using Kunpeng.Host.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kunpeng.Host.Api;

/// <summary>Logging in, the holder's own password, the Talent Office's account administration, and the reviewer directory.</summary>
public static class AuthApi
{
    /// <summary>The rate-limiter policy of the login endpoint (per client address).</summary>
    public const string LoginRateLimit = "login";

    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Accounts");
        auth.MapPost("/token", IssueToken).WithName(nameof(IssueToken)).AllowAnonymous().DisableAntiforgery()
            .RequireRateLimiting(LoginRateLimit)
            .Accepts<LoginRequest>("application/json", "application/x-www-form-urlencoded")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        auth.MapGet("/me", Me).WithName(nameof(Me)).RequireAuthorization(KunpengPolicies.AnyRole);
        auth.MapPost("/password", ChangePassword).WithName(nameof(ChangePassword)).RequireAuthorization(KunpengPolicies.AnyRole)
            .WorkflowProblems(400, 403, 404);

        var accounts = app.MapGroup("/api/accounts").WithTags("Accounts").RequireAuthorization(KunpengPolicies.TalentOffice);
        accounts.MapPost("/", CreateAccount).WithName(nameof(CreateAccount))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        accounts.MapGet("/", ListAccounts).WithName(nameof(ListAccounts));
        accounts.MapGet("/{id}", GetAccount).WithName(nameof(GetAccount)).WorkflowProblems(404);
        accounts.MapPut("/{id}", UpdateAccount).WithName(nameof(UpdateAccount)).WorkflowProblems(400, 403, 404, 412, 428);
        accounts.MapPost("/{id}/disable", DisableAccount).WithName(nameof(DisableAccount)).WorkflowProblems(403, 404, 409, 412, 428);
        accounts.MapPost("/{id}/enable", EnableAccount).WithName(nameof(EnableAccount)).WorkflowProblems(403, 404, 409, 412, 428);
        accounts.MapPost("/{id}/password", ResetPassword).WithName(nameof(ResetPassword)).WorkflowProblems(400, 403, 404, 412, 428);

        app.MapGet("/api/reviewers", ListReviewers).WithName(nameof(ListReviewers)).WithTags("Expert review")
            .RequireAuthorization(KunpengPolicies.DomainManagers).WorkflowProblems(403);
        return app;
    }

    /// <summary>Exchanges a user name and password for a bearer token.</summary>
    /// <remarks>
    /// Accepts JSON <c>{ "userName", "password" }</c>, or an OAuth 2.0 password-grant form
    /// (<c>grant_type=password&amp;username=…&amp;password=…</c>), which is what Swagger UI's Authorize dialog sends.
    /// Attempts are limited per client address and per user name, and repeated failures lock the name
    /// out for a while (429 with Retry-After); an unknown user and a wrong password get the same 401.
    /// </remarks>
    /// <response code="401">Unknown user, wrong password or disabled account.</response>
    /// <response code="429">Too many attempts from this address or for this user name, or locked out: see Retry-After.</response>
    public static async Task<Results<Ok<IssuedToken>, ProblemHttpResult>> IssueToken(HttpRequest request, LoginService logins, TokenIssuer tokens)
    {
        var login = await LoginRequest.ReadAsync(request);
        var result = logins.Login(login.UserName, login.Password, request.HttpContext.Connection.RemoteIpAddress?.ToString());
        if (result.Account is { } account)
        {
            return TypedResults.Ok(tokens.Issue(account));
        }

        if (result.RetryAfter is { } retry)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds));
            request.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many login attempts",
                detail: $"Too many attempts for this user name: try again in {seconds} seconds.");
        }

        return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Login failed",
            detail: "The user name or password is wrong, or the account is disabled.");
    }

    /// <summary>Who the token belongs to: role, and the domain or unit it is scoped to.</summary>
    public static Ok<Actor> Me(ClaimsPrincipal user) => TypedResults.Ok(Actor.From(user));

    /// <summary>Changes the caller's own password (the current one is the precondition); every token of the account ends, this one too.</summary>
    /// <response code="400">The current password is wrong, or the new one breaks the password policy.</response>
    public static NoContent ChangePassword(PasswordChange body, ClaimsPrincipal user, AccountStore accounts)
    {
        accounts.ChangePassword(Actor.From(user), body);
        return TypedResults.NoContent();
    }

    /// <summary>Creates an account (Talent Office only). Bureau officers need a served domain id; nominating units a unit name.</summary>
    /// <response code="400">A field is missing or invalid (an unknown domain, a common password…); the errors name it.</response>
    /// <response code="409">The user name is taken.</response>
    public static Created<AccountView> CreateAccount(NewAccount request, ClaimsPrincipal user, AccountStore accounts, HttpResponse response)
    {
        var account = accounts.Create(Actor.From(user), request);
        EntityTags.Write(response, account.Version);
        return TypedResults.Created($"/api/accounts/{account.Id}", AccountView.Of(account));
    }

    /// <summary>Lists accounts (Talent Office only), optionally by role and domain.</summary>
    public static Ok<IReadOnlyList<AccountView>> ListAccounts(AccountStore accounts, string? role = null, string? domainId = null) =>
        TypedResults.Ok<IReadOnlyList<AccountView>>(accounts.List(role, domainId).Select(AccountView.Of).ToList());

    /// <summary>One account (Talent Office only), with its ETag.</summary>
    public static Ok<AccountView> GetAccount(string id, ClaimsPrincipal user, AccountStore accounts, HttpResponse response) =>
        Written(accounts.Get(Actor.From(user), id), response);

    /// <summary>Corrects an account's display name, domain and expertise (If-Match); moving a bureau officer to another domain ends their tokens.</summary>
    public static Ok<AccountView> UpdateAccount(string id, AccountChange body, ClaimsPrincipal user, AccountStore accounts, HttpRequest request, HttpResponse response) =>
        Written(accounts.Update(Actor.From(user), id, EntityTags.IfMatchOf(request), body), response);

    /// <summary>Disables an account (If-Match): it can no longer log in, and its tokens are refused from the next request on.</summary>
    public static Ok<AccountView> DisableAccount(string id, ClaimsPrincipal user, AccountStore accounts, HttpRequest request, HttpResponse response) =>
        Written(accounts.Disable(Actor.From(user), id, EntityTags.IfMatchOf(request)), response);

    /// <summary>Enables a disabled account again (If-Match); tokens issued before it was disabled stay refused.</summary>
    public static Ok<AccountView> EnableAccount(string id, ClaimsPrincipal user, AccountStore accounts, HttpRequest request, HttpResponse response) =>
        Written(accounts.Enable(Actor.From(user), id, EntityTags.IfMatchOf(request)), response);

    /// <summary>Sets a new password for an account (Talent Office, If-Match); its tokens end.</summary>
    public static Ok<AccountView> ResetPassword(string id, PasswordReset body, ClaimsPrincipal user, AccountStore accounts, HttpRequest request, HttpResponse response) =>
        Written(accounts.ResetPassword(Actor.From(user), id, EntityTags.IfMatchOf(request), body), response);

    /// <summary>
    /// The experts a bureau can form a panel from: enabled expert reviewers by name and expertise (no
    /// login names or personal data), optionally of one domain or with a name containing <paramref name="name"/>.
    /// </summary>
    public static Ok<IReadOnlyList<ReviewerView>> ListReviewers(ClaimsPrincipal user, AccountStore accounts, string? domainId = null, string? name = null) =>
        TypedResults.Ok(accounts.Reviewers(Actor.From(user), domainId, name));

    private static Ok<AccountView> Written(Account account, HttpResponse response)
    {
        EntityTags.Write(response, account.Version);
        return TypedResults.Ok(AccountView.Of(account));
    }
}
