using Kunpeng.Host.Problems;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Audit;
using Kunpeng.Host.Workflow.Writing;
using Kunpeng.Registry;
using Kunpeng.Workflow.Tests.Infrastructure;
using Xunit;

namespace Kunpeng.Workflow.Tests.Accounts;

/// <summary>Accounts through the write path, without HTTP: creation rules, corrections, stopping and passwords.</summary>
public sealed class AccountStoreTests : IDisposable
{
    private static readonly Actor Office = Actors.TalentOffice;
    private readonly WorkflowServices _services = new();

    private AccountStore Accounts => _services.Get<AccountStore>();

    private Account Officer(string name = "health.officer", string domain = "health") =>
        Accounts.Create(Office, new NewAccount(name, "a-sound-passphrase", "卫生局 李明", KunpengRoles.BureauOfficer, domain, null));

    private List<AuditEntry> Audit(string entityId) =>
        _services.Get<IRegistry>().Read(AuditEntry.Set).List(new RecordQuery(Filter.Eq<AuditEntry>(a => a.EntityId, entityId))).ToList();

    [Fact]
    public void A_bureau_officer_of_a_domain_nobody_serves_is_refused()
    {
        var e = Assert.Throws<InputValidationException>(() => Officer(domain: "urban"));
        Assert.Contains("not a served domain", e.Errors["domainId"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void An_experts_domain_and_expertise_are_kept_and_validated()
    {
        var expert = Accounts.Create(Office, new NewAccount("expert.wang", "a-sound-passphrase", "王立新", KunpengRoles.ExpertReviewer, "health", null, "心血管内科"));
        Assert.Equal("health", Accounts.Find(expert.Id)!.DomainId);
        Assert.Equal("心血管内科", Accounts.Find(expert.Id)!.Expertise);
        Assert.Throws<InputValidationException>(() =>
            Accounts.Create(Office, new NewAccount("expert.li", "a-sound-passphrase", "李", KunpengRoles.ExpertReviewer, "urban", null)));
    }

    [Fact]
    public void A_domain_on_a_role_that_has_none_is_refused_not_dropped()
    {
        var e = Assert.Throws<InputValidationException>(() =>
            Accounts.Create(Office, new NewAccount("school", "a-sound-passphrase", "第九中学", KunpengRoles.NominatingUnit, "education", "第九中学")));
        Assert.True(e.Errors.ContainsKey("domainId"));
    }

    [Theory]
    [InlineData("aaaaaaaaaa")]
    [InlineData("1234567890")]
    [InlineData("Password123")]
    [InlineData("abababababab")]
    [InlineData("short")]
    public void Weak_passwords_are_refused(string password)
    {
        var e = Assert.Throws<InputValidationException>(() =>
            Accounts.Create(Office, new NewAccount("weak.user", password, "某人", KunpengRoles.Applicant, null, null)));
        Assert.True(e.Errors.ContainsKey("password"));
    }

    [Fact]
    public void Only_the_talent_office_creates_accounts()
    {
        var officer = Officer().ToActor();
        Assert.Throws<ForbiddenException>(() =>
            Accounts.Create(officer, new NewAccount("another", "a-sound-passphrase", "x", KunpengRoles.Applicant, null, null)));
    }

    [Fact]
    public void Disabling_changes_the_stamp_is_audited_and_needs_the_current_version()
    {
        var officer = Officer();
        Assert.Throws<PreconditionRequiredException>(() => Accounts.Disable(Office, officer.Id, IfMatch.Absent));
        Assert.Throws<PreconditionFailedException>(() => Accounts.Disable(Office, officer.Id, IfMatch.Version(7)));
        var disabled = Accounts.Disable(Office, officer.Id, IfMatch.Version(officer.Version));
        Assert.True(disabled.Disabled);
        Assert.NotEqual(officer.SecurityStamp, disabled.SecurityStamp);
        Assert.Throws<ConflictException>(() => Accounts.Disable(Office, officer.Id, IfMatch.Version(disabled.Version)));
        var enabled = Accounts.Enable(Office, officer.Id, IfMatch.Version(disabled.Version));
        Assert.False(enabled.Disabled);
        var actions = Audit(officer.Id).Select(a => a.Action).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["account.created", "account.disabled", "account.enabled"], actions);
        // Neither the hash nor the stamp ever reaches the trail.
        Assert.All(Audit(officer.Id), a => Assert.DoesNotContain("assword", (a.Before ?? "") + (a.After ?? "").Replace("passwordChangedUtc", ""), StringComparison.Ordinal));
        Assert.All(Audit(officer.Id), a => Assert.DoesNotContain(enabled.SecurityStamp, (a.Before ?? "") + a.After, StringComparison.Ordinal));
    }

    [Fact]
    public void Nobody_disables_their_own_account()
    {
        var second = Accounts.Create(Office, new NewAccount("office.two", "a-sound-passphrase", "人才办 二", KunpengRoles.TalentOffice, null, null));
        Assert.Throws<ForbiddenException>(() => Accounts.Disable(second.ToActor(), second.Id, IfMatch.Version(second.Version)));
    }

    [Fact]
    public void Correcting_the_domain_is_validated_and_ends_tokens_a_display_name_alone_does_not()
    {
        var officer = Officer();
        Assert.Throws<InputValidationException>(() => Accounts.Update(Office, officer.Id, IfMatch.Version(1), new AccountChange("李明", "urban")));
        Assert.Throws<InputValidationException>(() => Accounts.Update(Office, officer.Id, IfMatch.Version(1), new AccountChange("李明", null)));
        var renamed = Accounts.Update(Office, officer.Id, IfMatch.Version(1), new AccountChange("卫生局 李明（科长）", "health"));
        Assert.Equal(officer.SecurityStamp, renamed.SecurityStamp);
        var moved = Accounts.Update(Office, officer.Id, IfMatch.Version(renamed.Version), new AccountChange("教育局 李明", "education"));
        Assert.Equal("education", moved.DomainId);
        Assert.NotEqual(officer.SecurityStamp, moved.SecurityStamp);
    }

    [Fact]
    public void A_reset_and_a_change_of_password_follow_the_policy_and_end_tokens()
    {
        var officer = Officer();
        Assert.Throws<InputValidationException>(() => Accounts.ResetPassword(Office, officer.Id, IfMatch.Version(1), new PasswordReset("aaaaaaaaaa")));
        var reset = Accounts.ResetPassword(Office, officer.Id, IfMatch.Version(1), new PasswordReset("the-office-chose-this"));
        Assert.NotEqual(officer.SecurityStamp, reset.SecurityStamp);

        var holder = reset.ToActor();
        var wrong = Assert.Throws<InputValidationException>(() => Accounts.ChangePassword(holder, new PasswordChange("not-it-at-all", "my-own-new-passphrase")));
        Assert.True(wrong.Errors.ContainsKey("currentPassword"));
        var changed = Accounts.ChangePassword(holder, new PasswordChange("the-office-chose-this", "my-own-new-passphrase"));
        Assert.NotEqual(reset.SecurityStamp, changed.SecurityStamp);
        Assert.NotNull(_services.Get<LoginService>().Login("health.officer", "my-own-new-passphrase", null).Account);
        Assert.Contains("account.password-changed", Audit(officer.Id).Select(a => a.Action));
    }

    [Fact]
    public void The_reviewer_directory_lists_enabled_experts_by_name_for_bureaus_only()
    {
        var wang = Accounts.Create(Office, new NewAccount("expert.wang", "a-sound-passphrase", "评审专家 王立新", KunpengRoles.ExpertReviewer, "health", null, "心血管内科"));
        var li = Accounts.Create(Office, new NewAccount("expert.li", "a-sound-passphrase", "评审专家 李淑琴", KunpengRoles.ExpertReviewer, "education", null));
        Accounts.Disable(Office, li.Id, IfMatch.Version(li.Version));
        Accounts.Create(Office, new NewAccount("expert.zhao", "a-sound-passphrase", "评审专家 赵振国", KunpengRoles.ExpertReviewer, null, null));
        var officer = Officer().ToActor();

        var all = Accounts.Reviewers(officer, null, null);
        Assert.Equal(["评审专家 王立新", "评审专家 赵振国"], all.Select(r => r.DisplayName).Order(StringComparer.Ordinal));
        Assert.Equal([wang.Id], Accounts.Reviewers(officer, "health", null).Select(r => r.Id));
        Assert.Equal([wang.Id], Accounts.Reviewers(officer, null, "王").Select(r => r.Id));
        Assert.Throws<ForbiddenException>(() => Accounts.Reviewers(Actors.UnitNamed("第九中学"), null, null));
        Assert.Throws<ForbiddenException>(() => Accounts.Reviewers(wang.ToActor(), null, null));
    }

    public void Dispose() => _services.Dispose();
}
