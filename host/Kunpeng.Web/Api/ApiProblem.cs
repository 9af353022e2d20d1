using System.Text.Json;

namespace Kunpeng.Web.Api;

/// <summary>
/// An <c>application/problem+json</c> answer: the status, the API's title and detail, and for a 400
/// each bad field's messages keyed by its JSON path (<c>profile.birthDate</c>, <c>items[1].measureId</c>).
/// Forms show each message next to the field whose path it names.
/// </summary>
public sealed class ApiProblem
{
    public ApiProblem(int status, string? title, string? detail, IReadOnlyDictionary<string, string[]>? errors = null, IReadOnlyDictionary<string, string>? extensions = null)
    {
        Extensions = extensions ?? new Dictionary<string, string>();
        Status = status;
        Title = title;
        Detail = detail;
        Errors = errors ?? new Dictionary<string, string[]>();
    }

    public int Status { get; }

    public string? Title { get; }

    public string? Detail { get; }

    public IReadOnlyDictionary<string, string[]> Errors { get; }

    /// <summary>The problem's other string members (e.g. a duplicate's <c>existingPersonId</c>).</summary>
    public IReadOnlyDictionary<string, string> Extensions { get; }

    /// <summary>The messages for one field (joined), or null when the problem does not name it.</summary>
    public string? For(string path) =>
        Errors.FirstOrDefault(e => string.Equals(e.Key, path, StringComparison.OrdinalIgnoreCase)).Value is { Length: > 0 } messages
            ? string.Join("；", messages)
            : null;

    /// <summary>True when a field at or under the path has a message (e.g. <c>profile.papers</c> for <c>profile.papers[0].year</c>).</summary>
    public bool HasUnder(string path) =>
        Errors.Keys.Any(k => k.Equals(path, StringComparison.OrdinalIgnoreCase)
            || k.StartsWith(path + ".", StringComparison.OrdinalIgnoreCase)
            || k.StartsWith(path + "[", StringComparison.OrdinalIgnoreCase));

    /// <summary>One line for a banner: the detail, else the title, else the status in words.</summary>
    public string Summary => !string.IsNullOrWhiteSpace(Detail) ? Detail! : !string.IsNullOrWhiteSpace(Title) ? Title! : StatusText(Status);

    /// <summary>Reads a problem body; a body that is not a problem still gives the status.</summary>
    public static ApiProblem Read(int status, string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return new ApiProblem(status, null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new ApiProblem(status, null, null);
            }

            var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
            if (root.TryGetProperty("errors", out var e) && e.ValueKind == JsonValueKind.Object)
            {
                foreach (var field in e.EnumerateObject())
                {
                    errors[field.Name] = field.Value.ValueKind == JsonValueKind.Array
                        ? field.Value.EnumerateArray().Select(m => m.ToString()).ToArray()
                        : [field.Value.ToString()];
                }
            }

            var extensions = root.EnumerateObject()
                .Where(p => p.Value.ValueKind == JsonValueKind.String && p.Name is not ("type" or "title" or "detail" or "instance"))
                .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.OrdinalIgnoreCase);
            return new ApiProblem(status, Text(root, "title"), Text(root, "detail"), errors, extensions);
        }
        catch (JsonException)
        {
            return new ApiProblem(status, null, null);
        }
    }

    /// <summary>A failure to reach the API at all.</summary>
    public static ApiProblem Unreachable(string reason) => new(0, "无法连接服务器", reason);

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string StatusText(int status) => status switch
    {
        400 => "填写的内容有误，请按提示修改",
        401 => "登录已失效，请重新登录",
        403 => "无权进行此操作",
        404 => "未找到",
        409 => "当前阶段不能进行此操作",
        412 => "数据已被他人修改，请刷新后重试",
        428 => "缺少版本信息，请刷新后重试",
        _ => $"操作失败（{status}）",
    };
}
