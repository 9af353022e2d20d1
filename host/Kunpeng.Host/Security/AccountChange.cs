namespace Kunpeng.Host.Security;

/// <summary>A correction of an account (<c>PUT /api/accounts/{id}</c>, If-Match): the fields that may change, all given.</summary>
/// <param name="DisplayName">Name shown to others.</param>
/// <param name="DomainId">A bureau officer's domain (required), an expert's domain of expertise (optional); none for other roles.</param>
/// <param name="Expertise">An expert's field (optional); none for other roles.</param>
public sealed record AccountChange(string? DisplayName, string? DomainId, string? Expertise = null);
