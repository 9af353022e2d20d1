using System.Runtime.Loader;
using Autofac;
using Kunpeng.Abstractions;
using Kunpeng.Host.Plugins;
using NSubstitute;

namespace Kunpeng.Eligibility.Tests.Support;

/// <summary>
/// Builds loaded-plugin records around NSubstitute doubles and publishes them into a catalog,
/// through the catalog's own internal <c>Publish</c>: the same seam the scanner uses, no reflection.
/// </summary>
internal static class TestPlugins
{
    public static LoadedDomainPlugin Plugin(string id, IDomainCriteria? criteria, IMeasureCatalog? measures = null, string version = "1.2.3")
    {
        var organizer = Substitute.For<IOrganizer>();
        organizer.Domain.Returns(new DomainDescriptor(id, "教育", "Education"));
        organizer.Profile.Returns(new OrganizerProfile(
            [],
            new IntakeRules([NominationChannel.UnitNomination], null, [], false, null, null),
            [
                new TierDefinition("top", "拔尖人才", "Top talent", new TierQuota(5, true), "每年5名左右", 10_000m),
                new TierDefinition("backbone", "骨干人才", "Backbone talent", new TierQuota(50, true), "每年50名左右", 5_000m),
            ],
            PlanApprovalRequired: false));
        return new LoadedDomainPlugin(
            new PluginManifest(id, version, $"Kunpeng.Plugins.{id}.dll"),
            Path.Combine(Path.GetTempPath(), "no-such-plugin", id),
            new Version(1, 0),
            Substitute.For<ILifetimeScope>(),
            new PluginAssemblyHandle(typeof(TestPlugins).Assembly, AssemblyLoadContext.Default, Substitute.For<IDisposable>()),
            organizer,
            criteria,
            measures,
            DateTimeOffset.UnixEpoch,
            TimeSpan.Zero);
    }

    public static void Publish(DomainPluginCatalog catalog, params LoadedDomainPlugin[] plugins) =>
        catalog.Publish(plugins, plugins.Select(p => new PluginState(
            Path.GetFileName(p.Folder), p.Id, p.Version, "1.0", PluginStatus.Active, null, "教育", "Education", DateTimeOffset.UnixEpoch, TimeSpan.Zero)));
}
