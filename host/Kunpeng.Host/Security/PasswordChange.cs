namespace Kunpeng.Host.Security;

/// <summary>The holder's change of their own password.</summary>
/// <param name="CurrentPassword">The password now.</param>
/// <param name="NewPassword">Under the password policy, different from the current one.</param>
public sealed record PasswordChange(string? CurrentPassword, string? NewPassword);
