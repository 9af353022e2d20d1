namespace Kunpeng.Architecture.Tests;

/// <summary>Waiting to move onto the registry seam and the write path (issue 9); the list only shrinks and ends empty.</summary>
internal static class TransitionalRegistryUsersInApi
{
    public static readonly IReadOnlySet<string> Types = new HashSet<string>(StringComparer.Ordinal)
    {
        "Kunpeng.Host.Api.AuditApi",
    };
}
