using System.Text.Json.Nodes;
using System.Threading.RateLimiting;
using Kunpeng.Host.Workflow.Writing;
using Microsoft.Extensions.Options;

namespace Kunpeng.Host.Security;

/// <summary>
/// Logging in with a user name and password. Each attempt for a name counts against that name's rate
/// limit; repeated failures lock the name out for a while. An unknown name and a wrong password get the
/// same answer after the same work (the password is checked against a dummy hash, and both are
/// audited), so a login says nothing about which accounts exist. Every attempt, failed or not, is audited.
/// </summary>
public sealed class LoginService : IDisposable
{
    private const int MaximumUserName = 64;

    private readonly AccountStore _accounts;
    private readonly AccountPasswords _passwords;
    private readonly LoginLockout _lockout;
    private readonly RecordWrites _writes;
    private readonly PartitionedRateLimiter<string> _perAccount;

    public LoginService(AccountStore accounts, AccountPasswords passwords, LoginLockout lockout, RecordWrites writes, IOptions<LoginOptions> options)
    {
        _accounts = accounts;
        _passwords = passwords;
        _lockout = lockout;
        _writes = writes;
        var perMinute = options.Value.PerAccountPerMinute;
        _perAccount = PartitionedRateLimiter.Create<string, string>(name => RateLimitPartition.GetFixedWindowLimiter(
            name, _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
    }

    /// <summary>Tries a login from <paramref name="address"/> (kept in the audit trail).</summary>
    public LoginResult Login(string userName, string password, string? address)
    {
        var name = userName.Trim().ToLowerInvariant();
        if (name.Length > MaximumUserName)
        {
            name = name[..MaximumUserName];
        }

        using var lease = _perAccount.AttemptAcquire(name);
        if (!lease.IsAcquired)
        {
            var retry = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
            Audit(name, null, address, "login.refused", "rate-limited");
            return new LoginResult(null, retry);
        }

        if (_lockout.LockedFor(name) is { } locked)
        {
            Audit(name, null, address, "login.refused", "locked-out");
            return new LoginResult(null, locked);
        }

        var account = _accounts.FindByUserName(name);
        // Hashed whatever the account: an unknown name costs what a wrong password costs.
        var matches = _passwords.Verify(account, password);
        if (matches && account is { Disabled: false })
        {
            _lockout.Succeeded(name);
            Audit(name, account, address, "login.succeeded", null);
            return new LoginResult(account, null);
        }

        var lockedNow = _lockout.Failed(name);
        Audit(name, account, address, "login.failed", account is null ? "unknown-user" : account.Disabled ? "disabled" : "wrong-password");
        return lockedNow is { } duration ? new LoginResult(null, duration) : LoginResult.Refused;
    }

    public void Dispose() => _perAccount.Dispose();

    private void Audit(string name, Account? account, string? address, string action, string? reason)
    {
        // The caller is whoever claims the name; on success, the account itself.
        var actor = account is not null && reason is null ? account.ToActor() : new Actor("anonymous", name, "anonymous", null, null);
        var details = new JsonObject { ["userName"] = name, ["address"] = address };
        if (reason is not null)
        {
            details["reason"] = reason;
        }

        _writes.Write(actor, changes =>
        {
            changes.Note(action, "account", account?.Id ?? name, account?.DomainId, details);
            return 0;
        });
    }
}
