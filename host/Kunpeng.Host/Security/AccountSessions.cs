using System.Collections.Concurrent;
using System.Security.Claims;
using Kunpeng.Host.Workflow.Writing;
using Kunpeng.Registry;
using Microsoft.Extensions.Options;

namespace Kunpeng.Host.Security;

/// <summary>
/// Whether a validly signed local token still speaks for its account, checked on every request: the
/// account exists, is enabled, carries the stamp the token was issued with, and the token is no older
/// than the configured lifetime, whatever its <c>exp</c> says. What it needs of each account is
/// remembered, and forgotten whenever a write to the accounts commits, so a disable or a password
/// change takes effect on the next request without a registry read on every one.
/// Token times are the host's <see cref="TimeProvider"/>, the one tokens are issued and their <c>exp</c> checked by.
/// </summary>
// Reads the registry itself, not through AccountStore: the write path tells it of commits, and AccountStore writes through that path.
public sealed class AccountSessions(IRegistry registry, TimeProvider time, IOptions<AuthOptions> options) : IRecordWriteObserver
{
    private readonly ConcurrentDictionary<string, Session?> _sessions = new(StringComparer.Ordinal);
    private long _generation;

    /// <summary>Why the token is refused, or null when it is good.</summary>
    public string? Refusal(ClaimsPrincipal principal)
    {
        var id = principal.FindFirstValue(KunpengClaims.Subject);
        if (string.IsNullOrEmpty(id))
        {
            return "The token names no account.";
        }

        if (!long.TryParse(principal.FindFirstValue("iat"), out var issuedAt)
            || time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(issuedAt) > options.Value.TokenLifetime + TimeSpan.FromSeconds(30))
        {
            return "The token is older than tokens may be: log in again.";
        }

        var session = Current(id);
        if (session is null)
        {
            return "The token's account does not exist.";
        }

        if (session.Disabled)
        {
            return "The account is disabled.";
        }

        return (principal.FindFirstValue(KunpengClaims.Stamp) ?? "") == session.Stamp
            ? null
            : "The account's password or scope changed since the token was issued: log in again.";
    }

    public void Committed(IReadOnlyCollection<string> recordSets)
    {
        if (recordSets.Contains(Account.Set.Name))
        {
            Interlocked.Increment(ref _generation);
            _sessions.Clear();
        }
    }

    private Session? Current(string id)
    {
        if (_sessions.TryGetValue(id, out var session))
        {
            return session;
        }

        // Remembered only if no account write committed while it was read: else it may be the state before that write.
        var generation = Volatile.Read(ref _generation);
        session = registry.Read(Account.Set).Find(id) is { } a ? new Session(a.SecurityStamp, a.Disabled) : null;
        if (generation == Volatile.Read(ref _generation))
        {
            _sessions.TryAdd(id, session);
        }

        return session;
    }

    private sealed record Session(string Stamp, bool Disabled);
}
