namespace Kunpeng.Host.Security;

/// <summary>Token issuing and validation (<c>Kunpeng:Auth</c>).</summary>
public sealed class AuthOptions
{
    public const string Section = "Kunpeng:Auth";

    /// <summary>Issuer of locally issued tokens.</summary>
    public string Issuer { get; set; } = "kunpeng";

    /// <summary>Audience of locally issued tokens.</summary>
    public string Audience { get; set; } = "kunpeng-api";

    /// <summary>How long a local token is valid.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>
    /// Base64 HMAC key (≥ 32 bytes) for local tokens. When empty, a key is generated once and kept in
    /// the registry, so tokens survive restarts.
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>The first Talent Office administrator, created at first run when no account exists.</summary>
    public BootstrapAdminOptions BootstrapAdmin { get; set; } = new();

    /// <summary>An external OpenID Connect authority whose tokens are accepted too, or null.</summary>
    public ExternalAuthorityOptions? External { get; set; }

    /// <summary>PBKDF2 iterations for password hashes (ASP.NET Core Identity's default unless set).</summary>
    public int? PasswordHashIterations { get; set; }
}

/// <summary>The administrator created on first run.</summary>
public sealed class BootstrapAdminOptions
{
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string DisplayName { get; set; } = "区人才办管理员";
}

/// <summary>An OpenID Connect authority for deployments that have one.</summary>
public sealed class ExternalAuthorityOptions
{
    /// <summary>e.g. https://login.example.gov.cn/realms/kunpeng (its discovery document is read).</summary>
    public string Authority { get; set; } = "";

    /// <summary>The audience its tokens carry for this API.</summary>
    public string Audience { get; set; } = "";

    /// <summary>Claim holding the Kunpeng role.</summary>
    public string RoleClaim { get; set; } = KunpengClaims.Role;

    public bool RequireHttpsMetadata { get; set; } = true;
}
