using System.Collections.Concurrent;
using Kunpeng.Host.Workflow;
using Microsoft.Extensions.Options;

namespace Kunpeng.Host.Security;

/// <summary>
/// Temporary lockout after repeated failed logins, kept per user name whether or not an account has
/// it (a name without an account locks just the same, so a lockout says nothing about who exists).
/// In memory: a restart forgets it, which the per-address and per-account rate limits bound.
/// </summary>
public sealed class LoginLockout(ProgrammeClock clock, IOptions<LoginOptions> options)
{
    // Enough for every real account and a burst of guessed names; beyond it, stale entries go first.
    private const int PruneAbove = 10_000;

    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);

    /// <summary>How long the name stays locked out, or null when it is not.</summary>
    public TimeSpan? LockedFor(string userName)
    {
        if (!_failures.TryGetValue(userName, out var failures))
        {
            return null;
        }

        var now = clock.UtcNow;
        return failures.LockedUntilUtc is { } until && until > now ? until - now : null;
    }

    /// <summary>Counts a failure; returns how long the name is now locked out for, if this one locked it.</summary>
    public TimeSpan? Failed(string userName)
    {
        var o = options.Value;
        var now = clock.UtcNow;
        if (_failures.Count > PruneAbove)
        {
            Prune(now, o.LockoutDuration);
        }

        var updated = _failures.AddOrUpdate(
            userName,
            _ => new Failures(1, now, null),
            (_, f) => now - f.LastUtc > o.LockoutDuration || f.LockedUntilUtc is { } u && u <= now
                ? new Failures(1, now, null)
                : new Failures(f.Count + 1, now, f.LockedUntilUtc));
        if (updated.Count >= o.LockoutThreshold && updated.LockedUntilUtc is null)
        {
            var locked = updated with { LockedUntilUtc = now + o.LockoutDuration };
            _failures[userName] = locked;
            return o.LockoutDuration;
        }

        return null;
    }

    /// <summary>A successful login starts the count again.</summary>
    public void Succeeded(string userName) => _failures.TryRemove(userName, out _);

    private void Prune(DateTime now, TimeSpan duration)
    {
        foreach (var (name, f) in _failures)
        {
            if (now - f.LastUtc > duration && (f.LockedUntilUtc is null || f.LockedUntilUtc <= now))
            {
                _failures.TryRemove(name, out _);
            }
        }
    }

    private sealed record Failures(int Count, DateTime LastUtc, DateTime? LockedUntilUtc);
}
