namespace Kunpeng.Host.Security;

/// <summary>The Talent Office's reset of an account's password.</summary>
/// <param name="NewPassword">Under the password policy; the holder should change it at the next login.</param>
public sealed record PasswordReset(string? NewPassword);
