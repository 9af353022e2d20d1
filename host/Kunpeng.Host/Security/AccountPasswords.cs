using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Kunpeng.Host.Security;

/// <summary>
/// Password hashes: ASP.NET Core Identity's PBKDF2 hasher, and a hash of a random password that a
/// login for an unknown user is verified against, so it costs what a wrong password costs and takes as long.
/// </summary>
public sealed class AccountPasswords
{
    private readonly PasswordHasher<Account> _hasher;
    private readonly Account _nobody = new() { Id = "nobody" };

    public AccountPasswords(IOptions<AuthOptions> options)
    {
        var hasherOptions = new PasswordHasherOptions();
        if (options.Value.PasswordHashIterations is { } iterations)
        {
            hasherOptions.IterationCount = iterations;
        }

        _hasher = new PasswordHasher<Account>(Options.Create(hasherOptions));
        _nobody.PasswordHash = _hasher.HashPassword(_nobody, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));
    }

    public string Hash(Account account, string password) => _hasher.HashPassword(account, password);

    /// <summary>True when the password is the account's; for no account, the same work against the dummy hash, and false.</summary>
    public bool Verify(Account? account, string password)
    {
        var target = account ?? _nobody;
        var matches = _hasher.VerifyHashedPassword(target, target.PasswordHash, password) != PasswordVerificationResult.Failed;
        return account is not null && matches;
    }
}
