namespace Kunpeng.Web.Inbox;

/// <summary>One thing waiting for the person logged in: what, where to do it, by when.</summary>
/// <param name="Kind">What sort of work, in Chinese (待提交, 待评审, 待验收…), shown as a chip.</param>
/// <param name="Title">The item in Chinese.</param>
/// <param name="Href">The page where it is done.</param>
/// <param name="Due">The deadline, where there is one.</param>
/// <param name="Overdue">Past its deadline.</param>
public sealed record InboxItem(string Kind, string Title, string Href, DateOnly? Due = null, bool Overdue = false);
