using Kunpeng.Host.Problems;

namespace Kunpeng.Host.Workflow;

/// <summary>Page and page-size query parameters, checked once for every list.</summary>
/// <param name="Page">1-based.</param>
/// <param name="PageSize">1–200.</param>
public readonly record struct Paging(int Page, int PageSize)
{
    public const int MaxPageSize = 200;

    public int Skip => (Page - 1) * PageSize;

    public static Paging From(int? page, int? pageSize)
    {
        var errors = new Dictionary<string, string[]>();
        if (page is < 1)
        {
            errors["page"] = ["Pages start at 1."];
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"Between 1 and {MaxPageSize}."];
        }

        return errors.Count > 0 ? throw new InputValidationException(errors) : new Paging(page ?? 1, pageSize ?? 50);
    }
}
