namespace Kunpeng.Host.Security;

/// <summary>Claim types Kunpeng reads from a token, local or from an external OpenID Connect authority.</summary>
public static class KunpengClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Role = "role";
    /// <summary>The domain a bureau officer serves.</summary>
    public const string Domain = "kunpeng_domain";
    /// <summary>The unit a nominating-unit account speaks for.</summary>
    public const string Unit = "kunpeng_unit";
    /// <summary>The account's security stamp when the token was issued (local tokens).</summary>
    public const string Stamp = "kunpeng_stamp";
}
