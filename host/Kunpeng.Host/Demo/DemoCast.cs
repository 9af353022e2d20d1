using Kunpeng.Host.Security;

namespace Kunpeng.Host.Demo;

/// <summary>The demo accounts once created, as the actors the workflow services check and audit.</summary>
public sealed record DemoCast(
    Actor TalentOffice,
    Actor EducationOfficer,
    Actor EducationApprover,
    Actor HealthOfficer,
    Actor ExpertWang,
    Actor ExpertLi,
    Actor ExpertZhao,
    Actor School,
    Actor Hospital,
    Actor CultureApplicant)
{
    /// <summary>The three expert reviewers, who sit on both the education and the health panel.</summary>
    public IReadOnlyList<Actor> Experts => [ExpertWang, ExpertLi, ExpertZhao];

    /// <summary>Creates every demo account (as the host, like the bootstrap administrator) with the shared password.</summary>
    public static DemoCast Create(AccountStore accounts, string password)
    {
        Actor Make(DemoAccount a) =>
            accounts.Create(Actor.System, new NewAccount(a.UserName, password, a.DisplayName, a.Role, a.DomainId, a.Unit)).ToActor();

        return new DemoCast(
            Make(DemoAccounts.TalentOffice), Make(DemoAccounts.EducationOfficer), Make(DemoAccounts.EducationApprover),
            Make(DemoAccounts.HealthOfficer), Make(DemoAccounts.ExpertWang), Make(DemoAccounts.ExpertLi), Make(DemoAccounts.ExpertZhao),
            Make(DemoAccounts.School), Make(DemoAccounts.Hospital), Make(DemoAccounts.CultureApplicant));
    }
}
