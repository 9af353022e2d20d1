namespace Kunpeng.Host.Demo;

/// <summary>Written last, when the demo is seeded (<c>demo</c> collection): its presence makes seeding again a no-op.</summary>
public sealed class DemoMarker
{
    public const string Collection = "demo";

    /// <summary><c>kunpeng-demo-{year}</c>.</summary>
    public string Id { get; set; } = "";
    public int Year { get; set; }
    public DateTime SeededUtc { get; set; }
    /// <summary>The demo accounts created.</summary>
    public List<string> UserNames { get; set; } = [];

    public static string IdFor(int year) => $"kunpeng-demo-{year}";
}
