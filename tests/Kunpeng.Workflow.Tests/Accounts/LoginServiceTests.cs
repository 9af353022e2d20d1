using System.Diagnostics;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Audit;
using Kunpeng.Registry;
using Kunpeng.Workflow.Tests.Infrastructure;
using Xunit;

namespace Kunpeng.Workflow.Tests.Accounts;

/// <summary>Logins without HTTP: lockout, the per-name limit, the same answer for unknown and wrong, and the audit trail.</summary>
public sealed class LoginServiceTests : IDisposable
{
    private readonly WorkflowServices _services = new();

    public LoginServiceTests() =>
        _services.Get<AccountStore>().Create(Actors.TalentOffice, new NewAccount("unit.school", "a-sound-passphrase", "第九中学", KunpengRoles.NominatingUnit, null, "第九中学"));

    private LoginService Logins => _services.Get<LoginService>();

    private List<AuditEntry> LoginAudit() =>
        _services.Get<IRegistry>().Read(AuditEntry.Set).List(RecordQuery.All).Where(a => a.Action.StartsWith("login.", StringComparison.Ordinal)).OrderBy(a => a.Id).ToList();

    [Fact]
    public void Five_failures_lock_the_name_out_even_for_the_right_password_until_the_lockout_ends()
    {
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(LoginResult.Refused, Logins.Login("unit.school", "wrong-guess-" + i, "10.0.0.1"));
        }

        var fifth = Logins.Login("unit.school", "wrong-guess-5", "10.0.0.1");
        Assert.Equal(TimeSpan.FromMinutes(15), fifth.RetryAfter);
        var locked = Logins.Login("unit.school", "a-sound-passphrase", "10.0.0.1");
        Assert.Null(locked.Account);
        Assert.NotNull(locked.RetryAfter);

        _services.Clock.Advance(TimeSpan.FromMinutes(16));
        Assert.NotNull(Logins.Login("unit.school", "a-sound-passphrase", "10.0.0.1").Account);
    }

    [Fact]
    public void An_unknown_name_locks_out_exactly_like_a_real_one()
    {
        var real = Enumerable.Range(0, 6).Select(i => Logins.Login("unit.school", "wrong-" + i, null)).ToList();
        var unknown = Enumerable.Range(0, 6).Select(i => Logins.Login("no.such.user", "wrong-" + i, null)).ToList();
        Assert.Equal(real.Select(r => (r.Account, r.RetryAfter.HasValue)), unknown.Select(r => (r.Account, r.RetryAfter.HasValue)));
    }

    [Fact]
    public void Every_attempt_is_audited_with_its_reason_and_address()
    {
        Logins.Login("unit.school", "wrong-guess", "10.0.0.7");
        Logins.Login("nobody.here", "wrong-guess", "10.0.0.8");
        Logins.Login("Unit.School", "a-sound-passphrase", "10.0.0.9");
        var audit = LoginAudit();
        Assert.Equal(["login.failed", "login.failed", "login.succeeded"], audit.Select(a => a.Action));
        Assert.Contains("wrong-password", audit[0].After, StringComparison.Ordinal);
        Assert.Contains("10.0.0.7", audit[0].After, StringComparison.Ordinal);
        Assert.Contains("unknown-user", audit[1].After, StringComparison.Ordinal);
        Assert.Equal("anonymous", audit[1].ActorId);
        Assert.DoesNotContain(audit, a => (a.After ?? "").Contains("wrong-guess", StringComparison.Ordinal));
        Assert.Equal(audit[2].EntityId, audit[2].ActorId);
    }

    [Fact]
    public void Unknown_users_and_wrong_passwords_cost_the_same_hash()
    {
        // Full-strength hashing, as deployed: the harness's cheap hashes would hide the difference.
        var passwords = new AccountPasswords(Microsoft.Extensions.Options.Options.Create(new AuthOptions()));
        var account = new Account { Id = "a" };
        account.PasswordHash = passwords.Hash(account, "a-sound-passphrase");
        passwords.Verify(account, "warm-up-attempt");
        passwords.Verify(null, "warm-up-attempt");
        // Interleaved, so a busy machine slows both alike; the median ignores a stray pause.
        var real = new List<double>();
        var unknown = new List<double>();
        for (var i = 0; i < 9; i++)
        {
            real.Add(Time(() => passwords.Verify(account, "wrong-guess")));
            unknown.Add(Time(() => passwords.Verify(null, "wrong-guess")));
        }

        Assert.InRange(Median(unknown) / Median(real), 0.5, 2.0);
    }

    private static double Time(Func<bool> attempt)
    {
        var watch = Stopwatch.StartNew();
        Assert.False(attempt());
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> times) => times.Order().ElementAt(times.Count / 2);

    public void Dispose() => _services.Dispose();
}
