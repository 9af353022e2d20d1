using Bunit;
using Kunpeng.Web.Layout;
using Xunit;

namespace Kunpeng.Web.Tests;

public sealed class NavMenuTests
{
    [Theory]
    [InlineData("nominating-unit", "我的推荐", "评审任务")]
    [InlineData("expert-reviewer", "评审任务", "我的推荐")]
    [InlineData("bureau-officer", "培养周期", "账号管理")]
    [InlineData("talent-office", "账号管理", "评审任务")]
    public async Task Each_role_sees_its_own_pages_and_not_another_roles(string role, string shown, string hidden)
    {
        await using var ctx = new WebTestContext(role, domainId: role == "bureau-officer" ? "education" : null);

        var cut = ctx.Render<NavMenu>();

        Assert.Contains(shown, cut.Markup);
        Assert.DoesNotContain(hidden, cut.Markup);
    }
}
