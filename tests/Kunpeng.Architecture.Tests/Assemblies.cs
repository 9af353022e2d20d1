using System.Reflection;

namespace Kunpeng.Architecture.Tests;

/// <summary>The host's own assemblies, as built beside this test (each test project references the host, which brings them all).</summary>
internal static class Assemblies
{
    public static Assembly Host { get; } = typeof(Program).Assembly;

    public static Assembly Registry { get; } = Load("Kunpeng.Registry");

    public static Assembly LiteDbRegistry { get; } = Load("Kunpeng.Registry.LiteDb");

    public static Assembly PostgreSqlRegistry { get; } = Load("Kunpeng.Registry.PostgreSql");

    public static Assembly Contracts { get; } = Load("Kunpeng.Abstractions");

    /// <summary>Every Kunpeng assembly in the test's output folder.</summary>
    public static IReadOnlyList<Assembly> Ours { get; } =
        Directory.EnumerateFiles(AppContext.BaseDirectory, "Kunpeng.*.dll")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => name is not null && !name.EndsWith(".Tests", StringComparison.Ordinal))
            .Select(name => Load(name!))
            .ToList();

    private static Assembly Load(string name) => Assembly.Load(new AssemblyName(name));
}
