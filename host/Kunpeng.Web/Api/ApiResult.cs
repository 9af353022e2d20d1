namespace Kunpeng.Web.Api;

/// <summary>What one API call gave: the value and its version (the ETag), or the problem.</summary>
public sealed record ApiResult<T>(T? Value, ApiProblem? Problem, int? Version)
{
    public bool Ok => Problem is null;
}
