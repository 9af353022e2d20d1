using Kunpeng.Host.Plugins;
using Kunpeng.Host.Problems;
using Kunpeng.Host.Workflow;
using Kunpeng.Host.Workflow.Writing;
using Kunpeng.Registry;

namespace Kunpeng.Host.Security;

/// <summary>
/// Local accounts: created and corrected by the Talent Office, stopped and started again, passwords set
/// under the <see cref="PasswordPolicy"/>. Every change goes through the write path (audited, never the
/// hash); whatever must end the account's tokens at once gives it a new <see cref="Account.SecurityStamp"/>.
/// </summary>
public sealed class AccountStore(IRegistry registry, RecordWrites writes, RecordReads reads, AccountPasswords passwords, ProgrammeClock clock, DomainPluginCatalog domains)
{
    /// <summary>The indexes the login lookup (unique user name) and the lists use.</summary>
    public static IEnumerable<IndexDefinition> Indexes =>
    [
        IndexDefinition.On(Account.Set, a => a.UserName, unique: true),
        IndexDefinition.On(Account.Set, a => a.Role),
    ];

    public bool Any() => registry.Read(Account.Set).Count() > 0;

    /// <summary>Creates an account; the role's scope (domain, unit) must be given where the role needs it.</summary>
    public Account Create(Actor actor, NewAccount request)
    {
        Permissions.RequireTalentOffice(actor, "create accounts");
        var errors = new FieldErrors();
        var userName = request.UserName?.Trim().ToLowerInvariant() ?? "";
        if (userName.Length is < 3 or > 64 || !userName.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '@'))
        {
            errors.Add("userName", "3–64 characters: letters, digits, '.', '-', '_' or '@'.");
        }

        PasswordPolicy.Check(errors, "password", request.Password, userName);
        var displayName = errors.Text("displayName", request.DisplayName, maxLength: 100);
        string? domainId = null;
        string? unit = null;
        if (!KunpengRoles.All.Contains(request.Role))
        {
            errors.Add("role", $"Must be one of: {string.Join(", ", KunpengRoles.All)}.");
        }
        else
        {
            domainId = DomainFor(errors, request.Role, request.DomainId);
            if (request.Role is KunpengRoles.NominatingUnit && string.IsNullOrWhiteSpace(request.Unit))
            {
                errors.Add("unit", "A nominating-unit account speaks for one unit: give its name.");
            }

            unit = request.Role is KunpengRoles.NominatingUnit or KunpengRoles.Applicant ? errors.Text("unit", request.Unit, maxLength: 100, required: false) : null;
        }

        var expertise = ExpertiseFor(errors, request.Role, request.Expertise);
        errors.ThrowIfAny();

        var account = new Account
        {
            Id = Guid.NewGuid().ToString("N"),
            UserName = userName,
            DisplayName = displayName!,
            Role = request.Role,
            DomainId = domainId,
            Expertise = expertise,
            Unit = unit,
            SecurityStamp = NewStamp(),
            CreatedUtc = clock.UtcNow,
        };
        account.PasswordHash = passwords.Hash(account, request.Password!);

        var taken = new ConflictException("Duplicate user name", $"An account named '{userName}' already exists.");
        try
        {
            return writes.Write(actor, changes => changes.Records(Account.Set).Any(Filter.Eq<Account>(a => a.UserName, userName))
                ? throw taken
                : changes.Insert(Account.Kind, account, "account.created"));
        }
        catch (UniqueRecordException)
        {
            // Two creations of one name at once: the index refused the second.
            throw taken;
        }
    }

    /// <summary>Corrects an account's display name, domain (bureau officers, experts) and expertise; a domain move ends its tokens.</summary>
    public Account Update(Actor actor, string id, IfMatch ifMatch, AccountChange request)
    {
        string? domainId = null;
        string? expertise = null;
        return writes.Change(actor, Account.Kind, id, ifMatch, new RecordStep<Account>
        {
            Action = "account.changed",
            Authorize = (a, _) => Permissions.RequireTalentOffice(a, "correct accounts"),
            Validate = (_, account, errors) =>
            {
                errors.Text("displayName", request.DisplayName, maxLength: 100);
                domainId = DomainFor(errors, account.Role, request.DomainId);
                expertise = ExpertiseFor(errors, account.Role, request.Expertise);
            },
            Apply = (_, account) =>
            {
                // A domain is scope: a token issued for the old one must not keep it.
                if (domainId != account.DomainId)
                {
                    account.SecurityStamp = NewStamp();
                }

                account.DisplayName = request.DisplayName!.Trim();
                account.DomainId = domainId;
                account.Expertise = expertise;
            },
        });
    }

    /// <summary>Stops an account: it can no longer log in and its tokens are refused from now on.</summary>
    public Account Disable(Actor actor, string id, IfMatch ifMatch) => SetDisabled(actor, id, ifMatch, true);

    /// <summary>Lets a disabled account log in again (its old tokens stay refused).</summary>
    public Account Enable(Actor actor, string id, IfMatch ifMatch) => SetDisabled(actor, id, ifMatch, false);

    /// <summary>The Talent Office sets a new password (the holder forgot it, or it leaked); the account's tokens end.</summary>
    public Account ResetPassword(Actor actor, string id, IfMatch ifMatch, PasswordReset request) =>
        writes.Change(actor, Account.Kind, id, ifMatch, new RecordStep<Account>
        {
            Action = "account.password-reset",
            Authorize = (a, _) => Permissions.RequireTalentOffice(a, "reset passwords"),
            Validate = (_, account, errors) => PasswordPolicy.Check(errors, "newPassword", request.NewPassword, account.UserName),
            Apply = (_, account) => SetPassword(account, request.NewPassword!),
        });

    /// <summary>
    /// The holder changes their own password, proving the current one (that is this change's
    /// precondition, in place of If-Match); every token of the account ends, the caller's too.
    /// </summary>
    public Account ChangePassword(Actor actor, PasswordChange request) =>
        writes.Write(actor, changes =>
        {
            var account = changes.Load(Account.Kind, actor.AccountId);
            return changes.ChangeRelated(Account.Kind, account, new RecordStep<Account>
            {
                Action = "account.password-changed",
                Authorize = (a, target) =>
                {
                    if (a.AccountId != target.Id)
                    {
                        throw new ForbiddenException("Only the holder changes their own password; the Talent Office resets it.");
                    }
                },
                Validate = (_, target, errors) =>
                {
                    if (string.IsNullOrEmpty(request.CurrentPassword) || !passwords.Verify(target, request.CurrentPassword))
                    {
                        errors.Add("currentPassword", "Not the account's current password.");
                    }

                    PasswordPolicy.Check(errors, "newPassword", request.NewPassword, target.UserName);
                    if (request.NewPassword is { Length: > 0 } && request.NewPassword == request.CurrentPassword)
                    {
                        errors.Add("newPassword", "Must differ from the current password.");
                    }
                },
                Apply = (_, target) => SetPassword(target, request.NewPassword!),
            });
        });

    /// <summary>The account by id, for the caller who may see it (the Talent Office, the holder); 404 otherwise.</summary>
    public Account Get(Actor actor, string id) => reads.Get(actor, Account.Kind, id);

    /// <summary>The account by id, whoever asks (token validation, panel checks).</summary>
    public Account? Find(string id) => registry.Read(Account.Set).Find(id);

    /// <summary>The account with this user name (case-insensitive), or null.</summary>
    public Account? FindByUserName(string userName)
    {
        var key = userName.Trim().ToLowerInvariant();
        return registry.Read(Account.Set).List(new RecordQuery(Filter.Eq<Account>(a => a.UserName, key), Take: 1)).FirstOrDefault();
    }

    public IReadOnlyList<Account> List(string? role, string? domainId) =>
        registry.Read(Account.Set)
            .List(new RecordQuery(Filter.All(
                role is null ? null : Filter.Eq<Account>(a => a.Role, role),
                domainId is null ? null : Filter.Eq<Account>(a => a.DomainId, domainId))).Sorted(nameof(Account.UserName)));

    /// <summary>
    /// The experts a panel can be formed from, by name and expertise (no user name, nothing personal):
    /// enabled expert-reviewer accounts, optionally of one domain and with a name containing <paramref name="name"/>.
    /// </summary>
    public IReadOnlyList<ReviewerView> Reviewers(Actor actor, string? domainId, string? name)
    {
        if (!actor.IsTalentOffice && actor.Role != KunpengRoles.BureauOfficer)
        {
            throw new ForbiddenException("The reviewer directory is for the Talent Office and the bureaus.");
        }

        var query = new RecordQuery(Filter.All(
            Filter.Eq<Account>(a => a.Role, KunpengRoles.ExpertReviewer),
            Filter.Eq<Account>(a => a.Disabled, false),
            domainId is null ? null : Filter.Eq<Account>(a => a.DomainId, domainId),
            string.IsNullOrWhiteSpace(name) ? null : Filter.Contains(nameof(Account.DisplayName), name.Trim())));
        return registry.Read(Account.Set).List(query.Sorted(nameof(Account.DisplayName))).Select(ReviewerView.Of).ToList();
    }

    private Account SetDisabled(Actor actor, string id, IfMatch ifMatch, bool disabled) =>
        writes.Change(actor, Account.Kind, id, ifMatch, new RecordStep<Account>
        {
            Action = disabled ? "account.disabled" : "account.enabled",
            Authorize = (a, account) =>
            {
                Permissions.RequireTalentOffice(a, disabled ? "disable accounts" : "enable accounts");
                if (disabled && account.Id == a.AccountId)
                {
                    throw new ForbiddenException("Nobody disables their own account: another Talent Office account does it.");
                }
            },
            Require = (_, account) =>
            {
                if (account.Disabled == disabled)
                {
                    throw new ConflictException(
                        disabled ? "Already disabled" : "Not disabled",
                        $"The account '{account.UserName}' is {(disabled ? "already disabled" : "enabled")}.");
                }
            },
            Apply = (_, account) =>
            {
                account.Disabled = disabled;
                account.SecurityStamp = NewStamp();
            },
        });

    private void SetPassword(Account account, string password)
    {
        account.PasswordHash = passwords.Hash(account, password);
        account.PasswordChangedUtc = clock.UtcNow;
        account.SecurityStamp = NewStamp();
    }

    /// <summary>
    /// The domain the role carries: a bureau officer must serve one of the served domains; an expert
    /// may name the domain of their expertise; the other roles carry none.
    /// </summary>
    private string? DomainFor(FieldErrors errors, string role, string? requested)
    {
        var domainId = string.IsNullOrWhiteSpace(requested) ? null : requested.Trim();
        switch (role)
        {
            case KunpengRoles.BureauOfficer when domainId is null:
                errors.Add("domainId", "A bureau officer serves one domain: give its id.");
                return null;
            case KunpengRoles.BureauOfficer or KunpengRoles.ExpertReviewer when domainId is not null:
                var served = domains.ActiveIds;
                if (!served.Contains(domainId, StringComparer.Ordinal))
                {
                    errors.Add("domainId", $"'{domainId}' is not a served domain: one of {string.Join(", ", served)}.");
                    return null;
                }

                return domainId;
            case KunpengRoles.BureauOfficer or KunpengRoles.ExpertReviewer:
                return null;
            default:
                if (domainId is not null)
                {
                    errors.Add("domainId", $"The role '{role}' carries no domain.");
                }

                return null;
        }
    }

    private static string? ExpertiseFor(FieldErrors errors, string role, string? expertise)
    {
        if (role != KunpengRoles.ExpertReviewer)
        {
            if (!string.IsNullOrWhiteSpace(expertise))
            {
                errors.Add("expertise", "Only expert reviewers have an expertise.");
            }

            return null;
        }

        return errors.Text("expertise", expertise, maxLength: 200, required: false);
    }

    private static string NewStamp() => Guid.NewGuid().ToString("N");
}
