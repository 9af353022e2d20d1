using System.Collections.Frozen;
using System.Reflection;
using Kunpeng.Host.Workflow;

namespace Kunpeng.Host.Security;

/// <summary>
/// What a new password must be: at least <see cref="MinimumLength"/> characters, not one of the
/// commonly leaked passwords (<c>common-passwords.txt</c>), not a few characters repeated
/// (<c>aaaaaaaaaa</c>, <c>abababababab</c>), and not the user name itself. Checked wherever a password is set:
/// account creation, the Talent Office's reset, the holder's change.
/// </summary>
public static class PasswordPolicy
{
    public const int MinimumLength = 10;
    public const int MaximumLength = 256;

    private static readonly FrozenSet<string> Common = LoadCommon();

    /// <summary>Records under <paramref name="field"/> why the password is refused, if it is.</summary>
    public static void Check(FieldErrors errors, string field, string? password, string? userName)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinimumLength)
        {
            errors.Add(field, $"At least {MinimumLength} characters.");
            return;
        }

        if (password.Length > MaximumLength)
        {
            errors.Add(field, $"At most {MaximumLength} characters.");
        }
        else if (Common.Contains(password) || password.Distinct().Count() <= 3)
        {
            errors.Add(field, "Too easy to guess: one of the most common passwords, or a few characters repeated. Choose another.");
        }
        else if (string.Equals(password, userName?.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(field, "Must not be the user name.");
        }
    }

    private static FrozenSet<string> LoadCommon()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Kunpeng.Host.Security.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is not embedded in the host.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                words.Add(line.Trim());
            }
        }

        return words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
