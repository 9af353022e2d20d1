using System.Text.Json;
using Kunpeng.Host.Tests.Infrastructure;

namespace Kunpeng.Host.Tests.HotSwap;

/// <summary>
/// The three versions of fixture-swap and the sample Sports domain, as the test build deploys them
/// (swap-plugins/vN/, sample-plugins/), and the ways a deployment puts one into a running host's
/// plugins folder.
/// </summary>
public static class SwapPlugins
{
    public const string DomainId = "fixture-swap";

    /// <summary>The folder the tests deploy fixture-swap into.</summary>
    public const string Folder = "fixture-swap";

    public const string V1 = "1.0.0";
    public const string V2 = "2.0.0";
    public const string V3Broken = "3.0.0";

    /// <summary>What the broken 3.0.0's organizer throws.</summary>
    public const string BrokenMessage = "fixture-swap 3.0.0 cannot start: its quota table is missing";

    public const string SportsId = "sports";

    /// <summary>The folder the tests deploy the Sports sample into.</summary>
    public const string SportsFolder = "sports";

    public static string SportsSource { get; } = Existing(Path.Combine(AppContext.BaseDirectory, "sample-plugins", "Kunpeng.Plugins.Sports"));

    /// <summary>The built folder of one version of fixture-swap.</summary>
    public static string Source(string version) =>
        Existing(Path.Combine(AppContext.BaseDirectory, "swap-plugins", "v" + version.Split('.')[0], "Kunpeng.Fixtures.Swap"));

    /// <summary>Replaces the folder the way <c>rm -rf folder &amp;&amp; cp -r new folder</c> does: deleted, then copied anew.</summary>
    public static void Replace(string pluginsDirectory, string version, string folder = Folder)
    {
        var target = Path.Combine(pluginsDirectory, folder);
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }

        TestPlugins.CopyDirectory(Source(version), target);
    }

    /// <summary>
    /// Overwrites the folder in place (xcopy-style): every file of the new version is copied over the
    /// old one and files the new version lacks are deleted; the folder itself never disappears.
    /// </summary>
    public static void Overwrite(string pluginsDirectory, string version, string folder = Folder)
    {
        var source = Source(version);
        var target = Path.Combine(pluginsDirectory, folder);
        TestPlugins.CopyDirectory(source, target);
        foreach (var file in Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories).ToList())
        {
            if (!File.Exists(Path.Combine(source, Path.GetRelativePath(target, file))))
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>Copies a file in chunks with a pause after each, as a slow network copy writes it.</summary>
    public static async Task CopySlowlyAsync(string source, string destination, int chunkBytes, TimeSpan pause)
    {
        var bytes = await File.ReadAllBytesAsync(source);
        await using var output = new FileStream(destination, FileMode.Create, FileAccess.Write, FileShare.ReadWrite);
        for (var offset = 0; offset < bytes.Length; offset += chunkBytes)
        {
            await output.WriteAsync(bytes.AsMemory(offset, Math.Min(chunkBytes, bytes.Length - offset)));
            await output.FlushAsync();
            await Task.Delay(pause);
        }
    }

    private static string Existing(string folder) =>
        Directory.Exists(folder)
            ? folder
            : throw new InvalidOperationException($"{folder} is not deployed: was the test project built?");
}

/// <summary>
/// What each working version of fixture-swap answers. Every value differs between 1.0.0 and 2.0.0,
/// and they come from three places (the manifest, the organizer, the criteria), so a response that
/// mixed two versions shows it.
/// </summary>
public sealed record SwapEdition(
    string Version,
    string NameEn,
    string BureauEn,
    int TopQuota,
    int BackboneQuota,
    decimal TopGrant,
    string TopNameZh,
    string BackboneNameZh,
    string AgeTextZh,
    string BackboneVerdict,
    string MeasureTitleZh)
{
    public static readonly SwapEdition One = new(
        "1.0.0", "Swap fixture 1.0.0", "Fixture Bureau 1.0.0", 3, 30, 7_000m, "拔尖人才（1.0.0）", "骨干人才（1.0.0）",
        "一般年龄不超过40周岁", "needs-exception", "集中培训（1.0.0）");

    public static readonly SwapEdition Two = new(
        "2.0.0", "Swap fixture 2.0.0", "Fixture Bureau 2.0.0", 5, 50, 9_000m, "拔尖人才（2.0.0）", "骨干人才（2.0.0）",
        "一般年龄不超过45周岁", "eligible", "集中培训（2.0.0）");

    /// <summary>
    /// The candidate every eligibility request sends: 42 at the reference date, a master's degree, an
    /// associate-senior title. 1.0.0 (age ≤ 40, 一般) says the backbone tier needs an exception;
    /// 2.0.0 (age ≤ 45, master's) says eligible.
    /// </summary>
    public const string EligibilityRequest =
        """{ "referenceDate": "2025-10-31", "profile": { "birthDate": "1983-05-01", "educationLevel": "master", "professionalTitle": "associate-senior" } }""";

    public static SwapEdition Of(string? version) => version switch
    {
        "1.0.0" => One,
        "2.0.0" => Two,
        _ => throw new ArgumentException($"fixture-swap has no working version '{version}'.", nameof(version)),
    };

    /// <summary>Null when a GET /api/domains/fixture-swap answer is wholly one version's; otherwise what is mixed.</summary>
    public static string? InconsistencyInDomain(JsonElement domain)
    {
        var version = domain.GetProperty("pluginVersion").GetString();
        if (version is not ("1.0.0" or "2.0.0"))
        {
            return $"unexpected pluginVersion '{version}'";
        }

        var e = Of(version);
        var tiers = domain.GetProperty("tiers");
        var seen = (
            domain.GetProperty("nameEn").GetString(),
            domain.GetProperty("bodies")[0].GetProperty("nameEn").GetString(),
            tiers[0].GetProperty("quotaTarget").GetInt32(),
            tiers[1].GetProperty("quotaTarget").GetInt32(),
            tiers[0].GetProperty("grantCny").GetDecimal(),
            tiers[0].GetProperty("nameZh").GetString(),
            tiers[1].GetProperty("nameZh").GetString());
        var expected = (e.NameEn, e.BureauEn, e.TopQuota, e.BackboneQuota, e.TopGrant, e.TopNameZh, e.BackboneNameZh);
        return seen == expected ? null : $"pluginVersion {version} but organizer data {seen}";
    }

    /// <summary>
    /// Null when a POST /api/domains/fixture-swap/eligibility answer is wholly one version's: the
    /// version, the tier names (organizer), the condition text and the verdict (criteria) agree.
    /// </summary>
    public static string? InconsistencyInEligibility(JsonElement response)
    {
        var version = response.GetProperty("pluginVersion").GetString();
        if (version is not ("1.0.0" or "2.0.0"))
        {
            return $"unexpected pluginVersion '{version}'";
        }

        var e = Of(version);
        var tiers = response.GetProperty("tiers");
        var backbone = tiers[1];
        var seen = (
            tiers[0].GetProperty("tierNameZh").GetString(),
            tiers[0].GetProperty("verdict").GetString(),
            backbone.GetProperty("tierNameZh").GetString(),
            backbone.GetProperty("verdict").GetString(),
            backbone.GetProperty("conditions")[0].GetProperty("textZh").GetString());
        var expected = (e.TopNameZh, "eligible", e.BackboneNameZh, e.BackboneVerdict, e.AgeTextZh);
        return seen == expected ? null : $"pluginVersion {version} but tiers say {seen}";
    }
}
