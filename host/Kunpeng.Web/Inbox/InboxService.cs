using Kunpeng.Web.Api;
using Kunpeng.Web.Api.Models;
using Kunpeng.Web.Session;
using Kunpeng.Web.Text;

namespace Kunpeng.Web.Inbox;

/// <summary>
/// "What is waiting for me": gathered from the same API lists every page uses, per role, and sorted by
/// deadline (overdue first, undated last). Nothing is kept: every visit to the home page asks again.
/// </summary>
public sealed class InboxService(KunpengApi api, UserSession session, DomainDirectory domains)
{
    public async Task<IReadOnlyList<InboxItem>> LoadAsync()
    {
        var items = session.Role switch
        {
            "nominating-unit" or "applicant" => await NominatorAsync(),
            "expert-reviewer" => await ReviewerAsync(),
            "bureau-officer" => await BureauAsync(session.User!.DomainId),
            "talent-office" => await TalentOfficeAsync(),
            _ => [],
        };
        return Sorted(items);
    }

    internal static IReadOnlyList<InboxItem> Sorted(IEnumerable<InboxItem> items) =>
        items.OrderByDescending(i => i.Overdue).ThenBy(i => i.Due ?? DateOnly.MaxValue).ThenBy(i => i.Title, StringComparer.Ordinal).ToList();

    private async Task<List<InboxItem>> NominatorAsync()
    {
        var items = new List<InboxItem>();
        var nominations = await api.GetAsync<Paged<NominationSummary>>("api/nominations?status=draft&pageSize=200");
        var cycles = await CyclesAsync(null);
        foreach (var n in nominations.Value?.Items ?? [])
        {
            var cycle = cycles.FirstOrDefault(c => c.Id == n.CycleId);
            var due = cycle?.NominationDeadline;
            items.Add(new InboxItem("待提交", $"{n.PersonName}（{await domains.NameAsync(n.DomainId)} · {await domains.TierNameAsync(n.DomainId, n.Tier)}）",
                $"nominations/{n.Id}", due, due < Formats.DistrictToday()));
        }

        foreach (var c in cycles.Where(c => c.AcceptingNominations))
        {
            items.Add(new InboxItem("可推荐", $"{c.Year}年{await domains.NameAsync(c.DomainId)}领域正在接受推荐", "nominations/new", c.NominationDeadline));
        }

        return items;
    }

    private async Task<List<InboxItem>> ReviewerAsync()
    {
        var items = new List<InboxItem>();
        var assigned = await api.GetAsync<Paged<NominationSummary>>("api/nominations?status=under-review&pageSize=200");
        foreach (var n in assigned.Value?.Items ?? [])
        {
            var mine = await api.GetAsync<Review>($"api/nominations/{n.Id}/reviews/mine");
            if (mine.Value is { } r && (r.Conflict || r.SubmittedUtc is not null))
            {
                continue;
            }

            items.Add(new InboxItem("待评审", $"{n.PersonName}（{await domains.NameAsync(n.DomainId)} · {await domains.TierNameAsync(n.DomainId, n.Tier)}）",
                $"reviews/{n.Id}"));
        }

        return items;
    }

    private async Task<List<InboxItem>> BureauAsync(string? domainId)
    {
        var items = new List<InboxItem>();
        var today = Formats.DistrictToday();
        foreach (var c in await CyclesAsync(domainId))
        {
            var name = $"{c.Year}年{await domains.NameAsync(c.DomainId)}";
            switch (c.Stage)
            {
                case "nominating" when !c.AcceptingNominations || c.NominationDeadline < today:
                    items.Add(new InboxItem("待截止推荐", $"{name}：推荐已截止，请截止推荐并组织评审", $"cycles/{c.Id}", c.NominationDeadline, c.NominationDeadline < today));
                    break;
                case "nominating":
                    items.Add(new InboxItem("推荐中", $"{name}：正在接受推荐", $"cycles/{c.Id}", c.NominationDeadline));
                    break;
                case "reviewing":
                    items.Add(new InboxItem("待确定人选", $"{name}：组织专家评审，确定人选", $"cycles/{c.Id}?tab=determination"));
                    break;
                case "determined":
                    items.Add(new InboxItem("待报计划", $"{name}：编制并报送年度培养计划", $"cycles/{c.Id}?tab=plan"));
                    break;
                case "implementing":
                    var summary = await api.GetAsync<SummaryView>($"api/cycles/{c.Id}/summary");
                    if (summary.Value is null or { Status: "returned" })
                    {
                        items.Add(new InboxItem(summary.Value is null ? "待报总结" : "总结被退回", $"{name}：报送年度工作总结", $"cycles/{c.Id}?tab=summary",
                            summary.Value?.DueDate));
                    }

                    break;
            }
        }

        var submittedPlans = await api.GetAsync<Paged<PlanView>>($"api/plans?status=submitted&pageSize=50{(domainId is null ? "" : "&domainId=" + domainId)}");
        foreach (var p in submittedPlans.Value?.Items ?? [])
        {
            if (p.Submitted?.ActorId != session.User!.AccountId)
            {
                items.Add(new InboxItem("待审批计划", $"{p.Year}年{await domains.NameAsync(p.DomainId)}年度培养计划（第{p.Revision}版）", $"cycles/{p.CycleId}?tab=plan"));
            }
        }

        await AddOverdueTasksAsync(items, domainId);
        return items;
    }

    private async Task<List<InboxItem>> TalentOfficeAsync()
    {
        var items = new List<InboxItem>();
        foreach (var c in await CyclesAsync(null))
        {
            var name = $"{c.Year}年{await domains.NameAsync(c.DomainId)}";
            switch (c.Stage)
            {
                case "reviewing":
                    var determination = await api.GetAsync<DeterminationView>($"api/cycles/{c.Id}/determination");
                    if (determination.Value is { Status: "awaiting-approval" })
                    {
                        items.Add(new InboxItem("待审批名单", $"{name}：入选人数超出浮动比例，待审批", $"cycles/{c.Id}?tab=determination"));
                    }

                    break;
                case "summarized":
                    items.Add(new InboxItem("待验收", $"{name}：年度总结已报送，待验收", $"acceptance?cycle={c.Id}"));
                    break;
                case "accepted":
                    items.Add(new InboxItem("待拨付", $"{name}：验收合格，待拨付经费", $"grants?cycle={c.Id}"));
                    break;
            }
        }

        await AddOverdueTasksAsync(items, null);
        return items;
    }

    private async Task AddOverdueTasksAsync(List<InboxItem> items, string? domainId)
    {
        var overdue = await api.GetAsync<Paged<TaskView>>($"api/tasks/overdue?pageSize=50{(domainId is null ? "" : "&domainId=" + domainId)}");
        foreach (var t in overdue.Value?.Items ?? [])
        {
            items.Add(new InboxItem("任务逾期", $"{await domains.NameAsync(t.DomainId)}：{t.Task}", $"cycles/{t.CycleId}?tab=tasks", t.Deadline, true));
        }
    }

    private async Task<IReadOnlyList<CycleView>> CyclesAsync(string? domainId)
    {
        var result = await api.GetAsync<Paged<CycleView>>($"api/cycles?pageSize=100{(domainId is null ? "" : "&domainId=" + domainId)}");
        return result.Value?.Items ?? [];
    }
}
