using System.Text.Json.Serialization;

namespace Kunpeng.Host.Security;

/// <summary>An OAuth 2.0 token response (RFC 6749 §5.1), so Swagger UI's password flow understands it.</summary>
/// <param name="AccessToken">The bearer token.</param>
/// <param name="TokenType">Always Bearer.</param>
/// <param name="ExpiresIn">Seconds until it expires.</param>
public sealed record IssuedToken(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);
