namespace Kunpeng.Host.Demo;

/// <summary>
/// The seeded demo (<c>Kunpeng:Demo</c>): one programme year filled with sample data through the
/// workflow services, for trying the API in Swagger UI. Never meant for a production registry.
/// </summary>
public sealed class DemoOptions
{
    public const string Section = "Kunpeng:Demo";

    /// <summary>
    /// Seed the demo at startup (once: a registry that already has it, or already has the year's
    /// cycles, is left alone). Set by the run command's <c>--seed-demo</c> flag, or
    /// <c>Kunpeng__Demo__Seed=true</c>.
    /// </summary>
    public bool Seed { get; set; }

    /// <summary>The password every demo account shares (at least 10 characters).</summary>
    public string Password { get; set; } = "kunpeng-demo-2015";
}
