using Kunpeng.Host.Workflow.Audit;
using Kunpeng.Host.Workflow;
using Kunpeng.Host.Problems;
using Kunpeng.Host.Registry;
using LiteDB;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Kunpeng.Host.Security;

/// <summary>Local accounts: created by the Talent Office, passwords hashed with ASP.NET Core Identity's PBKDF2 hasher.</summary>
public sealed class AccountStore
{
    public const string Collection = "accounts";
    private const int MinimumPasswordLength = 10;

    private readonly RegistryDatabase _registry;
    private readonly AuditTrail _audit;
    private readonly TimeProvider _clock;
    private readonly PasswordHasher<Account> _hasher;

    public AccountStore(RegistryDatabase registry, AuditTrail audit, TimeProvider clock, IOptions<AuthOptions> options)
    {
        _registry = registry;
        _audit = audit;
        _clock = clock;
        var hasherOptions = new PasswordHasherOptions();
        if (options.Value.PasswordHashIterations is { } iterations)
        {
            hasherOptions.IterationCount = iterations;
        }

        _hasher = new PasswordHasher<Account>(Options.Create(hasherOptions));
        var accounts = Accounts(registry.Database);
        accounts.EnsureIndex(a => a.UserName, unique: true);
    }

    public bool Any() => Accounts(_registry.Database).Count() > 0;

    /// <summary>Creates an account; the role's scope (domain, unit) must be given where the role needs it.</summary>
    public Account Create(Actor actor, NewAccount request)
    {
        var errors = new Dictionary<string, string[]>();
        var userName = request.UserName?.Trim().ToLowerInvariant() ?? "";
        if (userName.Length is < 3 or > 64 || !userName.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '@'))
        {
            errors["userName"] = ["3–64 characters: letters, digits, '.', '-', '_' or '@'."];
        }

        if ((request.Password?.Length ?? 0) < MinimumPasswordLength)
        {
            errors["password"] = [$"At least {MinimumPasswordLength} characters."];
        }

        if (!KunpengRoles.All.Contains(request.Role))
        {
            errors["role"] = [$"Must be one of: {string.Join(", ", KunpengRoles.All)}."];
        }
        else if (request.Role == KunpengRoles.BureauOfficer && string.IsNullOrWhiteSpace(request.DomainId))
        {
            errors["domainId"] = ["A bureau officer serves one domain: give its id."];
        }
        else if (request.Role is KunpengRoles.NominatingUnit && string.IsNullOrWhiteSpace(request.Unit))
        {
            errors["unit"] = ["A nominating-unit account speaks for one unit: give its name."];
        }

        if (string.IsNullOrWhiteSpace(request.DisplayName))
        {
            errors["displayName"] = ["Required."];
        }

        if (errors.Count > 0)
        {
            throw new InputValidationException(errors);
        }

        var account = new Account
        {
            Id = Guid.NewGuid().ToString("N"),
            UserName = userName,
            DisplayName = request.DisplayName!.Trim(),
            Role = request.Role,
            DomainId = request.Role == KunpengRoles.BureauOfficer ? request.DomainId : null,
            Unit = request.Role is KunpengRoles.NominatingUnit or KunpengRoles.Applicant ? request.Unit?.Trim() : null,
            CreatedUtc = _clock.GetUtcNow().UtcDateTime,
        };
        account.PasswordHash = _hasher.HashPassword(account, request.Password!);

        return _registry.Write(db =>
        {
            var accounts = Accounts(db);
            if (accounts.Exists(a => a.UserName == userName))
            {
                throw new ConflictException("Duplicate user name", $"An account named '{userName}' already exists.");
            }

            accounts.Insert(account);
            _audit.Record(db, actor, "account.created", "account", account.Id, account.DomainId, null, AccountView.Of(account));
            return account;
        });
    }

    /// <summary>The account if the password matches and it is enabled; null otherwise (no hint which was wrong).</summary>
    public Account? Verify(string userName, string password)
    {
        // User names are stored lower-case, so an exact match on the lowered input is case-insensitive.
        var key = userName.Trim().ToLowerInvariant();
        var account = Accounts(_registry.Database).FindOne(a => a.UserName == key);
        if (account is null || account.Disabled)
        {
            return null;
        }

        return _hasher.VerifyHashedPassword(account, account.PasswordHash, password) == PasswordVerificationResult.Failed ? null : account;
    }

    public Account? Find(string id) => Accounts(_registry.Database).FindById(id);

    public IReadOnlyList<Account> List(string? role, string? domainId) =>
        Accounts(_registry.Database).Find(a => (role == null || a.Role == role) && (domainId == null || a.DomainId == domainId))
            .OrderBy(a => a.UserName, StringComparer.Ordinal).ToList();

    private static ILiteCollection<Account> Accounts(LiteDatabase db) => db.GetCollection<Account>(Collection);
}
