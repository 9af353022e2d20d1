using Kunpeng.Abstractions;
using Kunpeng.Host.Measures;
using Kunpeng.Host.Problems;
using Kunpeng.Workflow.Tests.Infrastructure;
using static Kunpeng.Workflow.Tests.Measures.TestMeasureDefaults;

namespace Kunpeng.Workflow.Tests.Measures;

/// <summary>
/// A plugin upgrade under a bureau's catalogue, simulated by publishing another version's defaults
/// through the test double: edits survive, changed defaults are flagged, and the bureau resolves them.
/// (<see cref="MeasuresHttpTests"/> does the same through the real loader.)
/// </summary>
public sealed class MeasureUpgradeTests : IDisposable
{
    private readonly TestMeasureDefaults _defaults = new();
    private readonly SeededCycleRegistry _f;

    public MeasureUpgradeTests() => _f = new SeededCycleRegistry(measureDefaults: _defaults);

    private MeasureCatalogService Measures => _f.Measures!;

    public void Dispose() => _f.Dispose();

    /// <summary>Health 2.0.0: 继续教育 asks for five activities a year per base, 技能竞赛 is reworded, 学历教育 is new.</summary>
    private static IReadOnlyList<(string Id, MeasureContent Content)> HealthV2() =>
    [
        (ContinuingEducation, Content("五.2", "继续教育", "以三家医院为培训基地，每个基地每年组织不少于五次活动。", MeasureCategory.FurtherEducation,
            ["典型病例研讨", "学术交流", "岗位技能培训"],
            Target("activities-district-hospital", "区医院每年组织不少于五次活动", 5, "区医院"),
            Target("activities-tcm-hospital", "中医院每年组织不少于五次活动", 5, "中医院"),
            Target("activities-second-hospital", "第二人民医院每年组织不少于五次活动", 5, "第二人民医院"))),
        (SkillsContest, Content("五.4", "“岗位练兵，技术比武”活动", "每年组织本区卫生系统的“岗位练兵，技术比武”活动。", MeasureCategory.EvaluationIncentive,
            ["岗位练兵", "技术比武"], Target("annual-contest", "每年组织一次技术比武", 1, null))),
        ("degree-education", Content("五.5", "学历教育", "鼓励在职人员参加学历教育。", MeasureCategory.FurtherEducation, ["在职人员学历教育"])),
    ];

    private EffectiveMeasure EditContinuingEducation() =>
        Measures.Edit(Actors.HealthOfficer, "health", ContinuingEducation, 1, MeasureCatalogServiceTests.ContinuingEducationEdit());

    [Fact]
    public void An_upgrade_that_changes_an_edited_default_keeps_the_edit_and_flags_the_change_with_both_defaults()
    {
        var edit = EditContinuingEducation();

        _defaults.Publish("health", "2.0.0", HealthV2());

        var entry = Measures.Get("health", ContinuingEducation);
        Assert.Equal((MeasureOrigin.Customized, true, false), (entry.Origin, entry.DefaultChanged, entry.DefaultRemoved));
        Assert.Equal(edit.Content.Hash(), entry.Content.Hash());
        Assert.Equal("继续教育（区定）", entry.Content.TitleZh);
        Assert.Equal(6, entry.Content.Targets[0].MinimumPerYear);
        Assert.Equal(edit.Version, entry.Version);
        Assert.Equal(("1.0.0", "2.0.0"), (entry.BasedOnPluginVersion, entry.CurrentPluginVersion));
        Assert.Equal(4, entry.BasedOnDefault!.Targets[0].MinimumPerYear);
        Assert.Equal(5, entry.CurrentDefault!.Targets[0].MinimumPerYear);
        // The upgrade wrote nothing: the flag is worked out from the edit's recorded base.
        Assert.Equal(["measure.edited"], _f.AuditFor("health/continuing-education").Select(a => a.Action));
    }

    [Fact]
    public void An_upgrade_shows_its_changed_and_added_defaults_at_once_where_the_bureau_has_not_edited()
    {
        EditContinuingEducation();

        _defaults.Publish("health", "2.0.0", HealthV2());

        var catalogue = Measures.Catalogue("health");
        Assert.Equal("2.0.0", catalogue.PluginVersion);
        Assert.Equal(
            [(ContinuingEducation, MeasureOrigin.Customized, true), (SkillsContest, MeasureOrigin.Default, false), ("degree-education", MeasureOrigin.Default, false)],
            catalogue.Measures.Select(m => (m.Id, m.Origin, m.DefaultChanged)));
        Assert.Equal("“岗位练兵，技术比武”活动", catalogue.Find(SkillsContest)!.Content.TitleZh);
    }

    [Fact]
    public void A_new_plugin_version_whose_default_is_unchanged_flags_nothing()
    {
        EditContinuingEducation();

        _defaults.Publish("health", "1.1.0", HealthV1());

        var entry = Measures.Get("health", ContinuingEducation);
        Assert.Equal((MeasureOrigin.Customized, false), (entry.Origin, entry.DefaultChanged));
        Assert.Null(entry.CurrentDefault);
        Assert.Equal("1.0.0", entry.BasedOnPluginVersion);
    }

    [Fact]
    public void Accepting_the_new_default_drops_the_edit()
    {
        var edit = EditContinuingEducation();
        _defaults.Publish("health", "2.0.0", HealthV2());

        var accepted = Measures.AcceptDefault(Actors.HealthOfficer, "health", ContinuingEducation, edit.Version)!;

        Assert.Equal((MeasureOrigin.Default, false, edit.Version + 1), (accepted.Origin, accepted.DefaultChanged, accepted.Version));
        Assert.Equal(5, accepted.Content.Targets[0].MinimumPerYear);
        Assert.Null(accepted.BasedOnPluginVersion);
        Assert.Equal(["measure.edited", "measure.default-accepted"], Measures.History(Actors.HealthOfficer, "health", ContinuingEducation).Select(h => h.Action));
        // Following the default again, the next upgrade shows through.
        _defaults.Publish("health", "3.0.0", HealthV1());
        Assert.Equal(4, Measures.Get("health", ContinuingEducation).Content.Targets[0].MinimumPerYear);
    }

    [Fact]
    public void Keeping_the_edit_rebases_it_on_the_new_default_until_the_default_changes_again()
    {
        var edit = EditContinuingEducation();
        _defaults.Publish("health", "2.0.0", HealthV2());

        var kept = Measures.KeepEdit(Actors.HealthOfficer2, "health", ContinuingEducation, edit.Version);

        Assert.Equal((MeasureOrigin.Customized, false, "2.0.0", edit.Version + 1), (kept.Origin, kept.DefaultChanged, kept.BasedOnPluginVersion, kept.Version));
        Assert.Equal(edit.Content.Hash(), kept.Content.Hash());
        Assert.Throws<ConflictException>(() => Measures.KeepEdit(Actors.HealthOfficer, "health", ContinuingEducation, kept.Version));

        _defaults.Publish("health", "2.0.1", HealthV2());
        Assert.False(Measures.Get("health", ContinuingEducation).DefaultChanged);
        _defaults.Publish("health", "3.0.0", HealthV1());
        var again = Measures.Get("health", ContinuingEducation);
        Assert.True(again.DefaultChanged);
        Assert.Equal(("2.0.0", 5, 4), (again.BasedOnPluginVersion, again.BasedOnDefault!.Targets[0].MinimumPerYear, again.CurrentDefault!.Targets[0].MinimumPerYear));
    }

    [Fact]
    public void Editing_while_the_default_change_is_pending_keeps_the_flag_until_the_bureau_resolves_it()
    {
        var edit = EditContinuingEducation();
        _defaults.Publish("health", "2.0.0", HealthV2());

        var reedited = Measures.Edit(Actors.HealthOfficer, "health", ContinuingEducation, edit.Version,
            MeasureCatalogServiceTests.ContinuingEducationEdit() with { TitleZh = "继续教育（再改）" });

        Assert.Equal(("继续教育（再改）", true, "1.0.0"), (reedited.Content.TitleZh, reedited.DefaultChanged, reedited.BasedOnPluginVersion));
    }

    [Fact]
    public void A_default_the_plugin_drops_stays_visible_and_flagged_when_the_bureau_edited_it_and_goes_when_it_did_not()
    {
        var edit = EditContinuingEducation();
        var retired = Measures.Retire(Actors.HealthOfficer, "health", SkillsContest, 1);

        _defaults.Publish("health", "2.0.0", [("degree-education", Content("五.5", "学历教育", "鼓励在职人员参加学历教育。", MeasureCategory.FurtherEducation, []))]);

        var catalogue = Measures.Catalogue("health");
        Assert.Equal(["degree-education", ContinuingEducation], catalogue.Measures.Select(m => m.Id));
        var orphan = catalogue.Find(ContinuingEducation)!;
        Assert.Equal((MeasureOrigin.Customized, true, true), (orphan.Origin, orphan.DefaultChanged, orphan.DefaultRemoved));
        Assert.Null(orphan.CurrentDefault);
        Assert.Equal("继续教育", orphan.BasedOnDefault!.TitleZh);
        Assert.Equal(edit.Version, orphan.Version);

        // Should the plugin ship the retired default again, it comes back retired.
        _defaults.Publish("health", "2.1.0", HealthV1());
        Assert.Equal((true, retired.Version), (Measures.Get("health", SkillsContest).Retired, Measures.Get("health", SkillsContest).Version));
    }

    [Fact]
    public void Keeping_the_edit_of_a_dropped_default_makes_it_the_bureaus_own_and_accepting_the_drop_removes_it()
    {
        var edit = EditContinuingEducation();
        Measures.Edit(Actors.HealthOfficer, "health", SkillsContest, 1,
            new MeasureInput(null, null, "技能竞赛（区定）", "每年举办两次技能竞赛。", null, ["技能竞赛"], []));
        _defaults.Publish("health", "2.0.0", []);

        var kept = Measures.KeepEdit(Actors.HealthOfficer, "health", ContinuingEducation, edit.Version);
        var accepted = Measures.AcceptDefault(Actors.HealthOfficer, "health", SkillsContest, 2);

        Assert.Equal((MeasureOrigin.BureauAdded, false, false), (kept.Origin, kept.DefaultChanged, kept.DefaultRemoved));
        Assert.Equal("五.2", kept.Content.Clause);
        Assert.Null(accepted);
        Assert.Equal([ContinuingEducation], Measures.Catalogue("health").Measures.Select(m => m.Id));
        // Now the bureau's own, it can be deleted (no plan uses it).
        Measures.Delete(Actors.HealthOfficer, "health", ContinuingEducation, kept.Version);
        Assert.Empty(Measures.Catalogue("health").Measures);
        Assert.Equal(["measure.edited", "measure.default-accepted"], Measures.History(Actors.HealthOfficer, "health", SkillsContest).Select(h => h.Action));
    }

    [Fact]
    public void A_new_default_under_a_bureau_added_id_never_replaces_the_bureaus_measure()
    {
        var mine = Measures.Add(Actors.HealthOfficer, "health", MeasureCatalogServiceTests.NightSchool("night-school"));

        _defaults.Publish("health", "2.0.0", [.. HealthV1(), ("night-school", Content("五.6", "夜校", "插件的夜校。", MeasureCategory.Training, ["夜校"]))]);

        var entry = Measures.Get("health", "night-school");
        Assert.Equal((MeasureOrigin.BureauAdded, true, "卫生夜校"), (entry.Origin, entry.DefaultChanged, entry.Content.TitleZh));
        Assert.Equal("插件的夜校。", entry.CurrentDefault!.TextZh);
        Assert.Equal(["night-school"], Measures.Catalogue("health").Measures.Where(m => m.DefaultChanged).Select(m => m.Id));
        Assert.Throws<ConflictException>(() => Measures.Delete(Actors.HealthOfficer, "health", "night-school", mine.Version));

        var kept = Measures.KeepEdit(Actors.HealthOfficer, "health", "night-school", mine.Version);
        Assert.Equal((MeasureOrigin.Customized, false, "2.0.0"), (kept.Origin, kept.DefaultChanged, kept.BasedOnPluginVersion));
        Assert.Equal("卫生夜校", kept.Content.TitleZh);
    }
}
