using System.Text.Json.Serialization;

namespace Kunpeng.Web.Api.Models;

/// <summary>The token endpoint's answer (OAuth 2.0 names).</summary>
public sealed record IssuedToken(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);
