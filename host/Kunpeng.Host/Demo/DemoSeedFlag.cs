namespace Kunpeng.Host.Demo;

/// <summary>
/// The run command's <c>--seed-demo</c> flag, as the configuration key <c>Kunpeng:Demo:Seed=true</c>.
/// A bare <c>--key</c> on the command line would take the next argument as its value (so
/// <c>--seed-demo --urls …</c> would swallow <c>--urls</c>); the flag is rewritten before the
/// configuration reads the arguments.
/// </summary>
public static class DemoSeedFlag
{
    public const string Flag = "--seed-demo";

    /// <summary>The arguments with the flag replaced by its configuration setting.</summary>
    public static string[] Apply(string[] args) =>
        args.Select(a => string.Equals(a, Flag, StringComparison.OrdinalIgnoreCase) ? $"--{DemoOptions.Section}:{nameof(DemoOptions.Seed)}=true" : a).ToArray();
}
