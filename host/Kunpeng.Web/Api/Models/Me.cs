namespace Kunpeng.Web.Api.Models;

/// <summary>Who the token belongs to (<c>GET /api/auth/me</c>).</summary>
public sealed record Me(string AccountId, string Name, string Role, string? DomainId, string? Unit);
