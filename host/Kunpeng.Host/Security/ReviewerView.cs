namespace Kunpeng.Host.Security;

/// <summary>An expert reviewer in the directory a bureau forms its panel from: the account id and the name shown.</summary>
/// <param name="Id">The reviewer's account id (what a panel lists).</param>
/// <param name="DisplayName">The name others see, e.g. 评审专家 王立新.</param>
public sealed record ReviewerView(string Id, string DisplayName)
{
    public static ReviewerView Of(Account a) => new(a.Id, a.DisplayName);
}
