using Kunpeng.Host.Workflow;
using Kunpeng.Host.Workflow.Audit;
using Kunpeng.Abstractions;
using Kunpeng.Host.Measures;
using Kunpeng.Host.Problems;
using Kunpeng.Host.Registry;
using Kunpeng.Host.Security;
using Kunpeng.Workflow.Tests.Infrastructure;
using static Kunpeng.Workflow.Tests.Measures.TestMeasureDefaults;

namespace Kunpeng.Workflow.Tests.Measures;

/// <summary>A bureau's catalogue: who may change it, what each change does, validation, preconditions, history, restart.</summary>
public sealed class MeasureCatalogServiceTests : IDisposable
{
    private readonly TestMeasureDefaults _defaults = new();
    private readonly SeededCycleRegistry _f;

    public MeasureCatalogServiceTests() => _f = new SeededCycleRegistry(measureDefaults: _defaults);

    private MeasureCatalogService Measures => _f.Measures!;

    public void Dispose() => _f.Dispose();

    public static MeasureInput NightSchool(string? id = null) => new(
        id, null, "卫生夜校", "每月举办一次卫生夜校，由拔尖人才授课。", "training", ["夜校授课", "病例讨论"],
        [new MeasureTargetInput("monthly-classes", "每年不少于十次夜校", 10, null)]);

    public static MeasureInput ContinuingEducationEdit() => new(
        null, null, "继续教育（区定）", "以三家医院为培训基地，每个基地每年组织不少于六次活动。", null, ["典型病例研讨", "学术交流", "岗位技能培训", "远程教学"],
        [
            new MeasureTargetInput("activities-district-hospital", "区医院每年组织不少于六次活动", 6, "区医院"),
            new MeasureTargetInput("activities-tcm-hospital", "中医院每年组织不少于六次活动", 6, "中医院"),
        ]);

    [Fact]
    public void Untouched_catalogue_is_the_plugin_defaults_each_marked_default_at_version_1()
    {
        var catalogue = Measures.Catalogue("health");

        Assert.Equal("1.0.0", catalogue.PluginVersion);
        Assert.Equal([ContinuingEducation, SkillsContest], catalogue.Measures.Select(m => m.Id));
        Assert.All(catalogue.Measures, m =>
        {
            Assert.Equal(MeasureOrigin.Default, m.Origin);
            Assert.Equal(1, m.Version);
            Assert.False(m.Retired);
            Assert.False(m.DefaultChanged);
            Assert.Null(m.UpdatedBy);
        });
        Assert.Equal("继续教育", catalogue.Measures[0].Content.TitleZh);
        Assert.Equal(0, _f.Db.GetCollection<MeasureOverlay>(MeasureOverlay.Set.Name).Count());
        Assert.Throws<UnknownDomainException>(() => Measures.Catalogue("no-such-domain"));
        Assert.Throws<NotFoundException>(() => Measures.Get("health", "no-such-measure"));
    }

    [Fact]
    public void A_bureau_officer_adds_edits_retires_reinstates_and_deletes_in_its_own_domain_each_change_audited()
    {
        var added = Measures.Add(Actors.HealthOfficer, "health", NightSchool());
        Assert.Equal(("bureau-1", MeasureOrigin.BureauAdded, 1), (added.Id, added.Origin, added.Version));
        Assert.Equal(MeasureCategory.Training, added.Content.Category);
        Assert.Equal("", added.Content.Clause);
        Assert.Equal("monthly-classes", Assert.Single(added.Content.Targets).Id);

        var edited = Measures.Edit(Actors.HealthOfficer2, "health", ContinuingEducation, 1, ContinuingEducationEdit());
        Assert.Equal((MeasureOrigin.Customized, 2, "hb-2"), (edited.Origin, edited.Version, edited.UpdatedBy));
        Assert.Equal("继续教育（区定）", edited.Content.TitleZh);
        Assert.Equal("五.2", edited.Content.Clause);
        Assert.Equal(MeasureCategory.FurtherEducation, edited.Content.Category);
        Assert.Equal("1.0.0", edited.BasedOnPluginVersion);
        Assert.False(edited.DefaultChanged);

        var retired = Measures.Retire(Actors.HealthOfficer, "health", SkillsContest, 1);
        Assert.Equal((MeasureOrigin.Default, true, 2), (retired.Origin, retired.Retired, retired.Version));
        var reinstated = Measures.Reinstate(Actors.HealthOfficer, "health", SkillsContest, retired.Version);
        Assert.Equal((false, 3), (reinstated.Retired, reinstated.Version));

        var addedRetired = Measures.Retire(Actors.HealthOfficer, "health", added.Id, added.Version);
        Measures.Delete(Actors.HealthOfficer, "health", added.Id, addedRetired.Version);

        Assert.Null(Measures.Catalogue("health").Find(added.Id));
        Assert.Equal(
            ["measure.added", "measure.retired", "measure.deleted"],
            _f.AuditFor("health/bureau-1").Select(a => a.Action));
        Assert.Equal(["measure.edited"], _f.AuditFor("health/continuing-education").Select(a => a.Action));
        Assert.Equal(["measure.retired", "measure.reinstated"], _f.AuditFor("health/skills-contest").Select(a => a.Action));
        Assert.All(_f.AuditFor("health/bureau-1"), a => Assert.Equal(("measure", "health"), (a.EntityType, a.DomainId)));
    }

    [Fact]
    public void The_talent_office_changes_any_domains_catalogue()
    {
        var added = Measures.Add(Actors.TalentOffice, "education", NightSchool("summer-school"));
        var edited = Measures.Edit(Actors.TalentOffice, "health", SkillsContest, 1,
            new MeasureInput(null, null, "岗位练兵，技术比武", "每年组织一次全区技术比武。", null, ["岗位练兵", "技术比武"], []));
        var retired = Measures.Retire(Actors.TalentOffice, "education", BackboneTraining, 1);

        Assert.Equal(("summer-school", MeasureOrigin.BureauAdded), (added.Id, added.Origin));
        Assert.Equal(MeasureOrigin.Customized, edited.Origin);
        Assert.Empty(edited.Content.Targets);
        Assert.True(retired.Retired);
        Assert.Equal("talent-office", Assert.Single(_f.AuditFor("health/skills-contest")).Role);
    }

    public static TheoryData<string> Outsiders() => ["education-officer", "reviewer", "unit", "applicant"];

    [Theory]
    [MemberData(nameof(Outsiders))]
    public void Another_bureaus_officer_and_roles_without_a_bureau_are_refused_403_and_nothing_is_written(string who)
    {
        var outsider = who switch
        {
            "education-officer" => Actors.TeachersSchool,
            "reviewer" => Actors.Reviewer,
            "unit" => Actors.Unit,
            _ => Actors.Applicant,
        };
        var mine = Measures.Add(Actors.HealthOfficer, "health", NightSchool());
        var audit = _f.AuditCount();

        var refusals = new List<ForbiddenException>
        {
            Assert.Throws<ForbiddenException>(() => Measures.Add(outsider, "health", NightSchool("other"))),
            Assert.Throws<ForbiddenException>(() => Measures.Edit(outsider, "health", ContinuingEducation, 1, ContinuingEducationEdit())),
            Assert.Throws<ForbiddenException>(() => Measures.Retire(outsider, "health", SkillsContest, 1)),
            Assert.Throws<ForbiddenException>(() => Measures.Reinstate(outsider, "health", SkillsContest, 1)),
            Assert.Throws<ForbiddenException>(() => Measures.Delete(outsider, "health", mine.Id, mine.Version)),
            Assert.Throws<ForbiddenException>(() => Measures.AcceptDefault(outsider, "health", ContinuingEducation, 1)),
            Assert.Throws<ForbiddenException>(() => Measures.KeepEdit(outsider, "health", ContinuingEducation, 1)),
            Assert.Throws<ForbiddenException>(() => Measures.History(outsider, "health", mine.Id)),
        };

        Assert.All(refusals, r => Assert.Equal(403, r.StatusCode));
        if (outsider.Role == KunpengRoles.BureauOfficer)
        {
            Assert.Contains("'education'", refusals[0].Message);
        }

        Assert.Equal(audit, _f.AuditCount());
        Assert.Equal(MeasureOrigin.Default, Measures.Get("health", ContinuingEducation).Origin);
        Assert.Equal([mine.Id], _f.Db.GetCollection<MeasureOverlay>(MeasureOverlay.Set.Name).FindAll().Select(o => o.MeasureId));
    }

    [Fact]
    public void Invalid_content_is_refused_400_naming_every_field_and_nothing_is_written()
    {
        var audit = _f.AuditCount();
        var bad = new MeasureInput(
            "Night School", new string('五', 30), " ", null, "lecture", ["夜校", "夜校", " "],
            [
                new MeasureTargetInput("classes", "夜校", 0, null),
                new MeasureTargetInput("classes", " ", null, null),
                null,
            ]);

        var added = Assert.Throws<InputValidationException>(() => Measures.Add(Actors.HealthOfficer, "health", bad));

        Assert.Equal(400, added.StatusCode);
        Assert.Equal(
            ["category", "clause", "formsZh[1]", "formsZh[2]", "id", "targets[0].minimumPerYear", "targets[1].descriptionZh", "targets[1].id",
             "targets[1].minimumPerYear", "targets[2]", "textZh", "titleZh"],
            added.Errors.Keys.Order(StringComparer.Ordinal));

        var edited = Assert.Throws<InputValidationException>(() => Measures.Edit(Actors.HealthOfficer, "health", ContinuingEducation, 1,
            new MeasureInput("renamed", "六.1", "继续教育", "", null, null, null)));
        Assert.Equal(["clause", "id", "textZh"], edited.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("五.2", edited.Errors["clause"][0]);

        Assert.Equal(audit, _f.AuditCount());
        Assert.Equal(0, _f.Db.GetCollection<MeasureOverlay>(MeasureOverlay.Set.Name).Count());
    }

    [Fact]
    public void A_stale_or_made_up_version_is_refused_412_and_the_first_change_of_a_default_needs_version_1()
    {
        Assert.Throws<PreconditionFailedException>(() => Measures.Edit(Actors.HealthOfficer, "health", ContinuingEducation, 2, ContinuingEducationEdit()));
        var edited = Measures.Edit(Actors.HealthOfficer, "health", ContinuingEducation, 1, ContinuingEducationEdit());

        var stale = Assert.Throws<PreconditionFailedException>(() =>
            Measures.Retire(Actors.HealthOfficer2, "health", ContinuingEducation, 1));

        Assert.Equal(412, stale.StatusCode);
        Assert.Equal(edited.Version, stale.Extensions["currentVersion"]);
        Assert.False(Measures.Get("health", ContinuingEducation).Retired);
    }

    [Fact]
    public void Ids_are_generated_when_absent_never_reused_and_a_taken_id_is_refused_409()
    {
        var first = Measures.Add(Actors.HealthOfficer, "health", NightSchool());
        Measures.Delete(Actors.HealthOfficer, "health", first.Id, first.Version);
        var second = Measures.Add(Actors.HealthOfficer, "health", NightSchool());
        var named = Measures.Add(Actors.HealthOfficer, "health", NightSchool("night-school"));

        Assert.Equal(["bureau-1", "bureau-2", "night-school"], [first.Id, second.Id, named.Id]);
        Assert.Equal(409, Assert.Throws<ConflictException>(() => Measures.Add(Actors.HealthOfficer, "health", NightSchool("night-school"))).StatusCode);
        var defaultId = Assert.Throws<ConflictException>(() => Measures.Add(Actors.HealthOfficer, "health", NightSchool(ContinuingEducation)));
        Assert.Equal(ContinuingEducation, defaultId.Extensions["measureId"]);
        // Another domain's ids are its own.
        Assert.Equal("night-school", Measures.Add(Actors.TeachersSchool, "education", NightSchool("night-school")).Id);
    }

    [Fact]
    public void A_plugin_default_is_never_deleted_only_retired()
    {
        var untouched = Assert.Throws<ConflictException>(() => Measures.Delete(Actors.HealthOfficer, "health", SkillsContest, 1));
        var edited = Measures.Edit(Actors.HealthOfficer, "health", ContinuingEducation, 1, ContinuingEducationEdit());
        var customized = Assert.Throws<ConflictException>(() => Measures.Delete(Actors.HealthOfficer, "health", ContinuingEducation, edited.Version));

        Assert.Contains("retired, never deleted", untouched.Message);
        Assert.Equal(409, customized.StatusCode);
        Assert.True(Measures.Retire(Actors.HealthOfficer, "health", SkillsContest, 1).Retired);
        Assert.Equal(2, Measures.Catalogue("health").Measures.Count);
    }

    [Fact]
    public void Retiring_twice_or_reinstating_what_is_in_service_is_a_409()
    {
        Assert.Throws<ConflictException>(() => Measures.Reinstate(Actors.HealthOfficer, "health", SkillsContest, 1));
        var retired = Measures.Retire(Actors.HealthOfficer, "health", SkillsContest, 1);
        Assert.Throws<ConflictException>(() => Measures.Retire(Actors.HealthOfficer, "health", SkillsContest, retired.Version));
    }

    [Fact]
    public void A_retired_measure_stays_in_the_catalogue_flagged()
    {
        Measures.Retire(Actors.HealthOfficer, "health", SkillsContest, 1);

        var catalogue = Measures.Catalogue("health");

        Assert.Equal([false, true], catalogue.Measures.Select(m => m.Retired));
        Assert.True(Measures.Get("health", SkillsContest).Retired);
    }

    [Fact]
    public void Each_entry_is_marked_default_customized_or_bureau_added()
    {
        Measures.Edit(Actors.HealthOfficer, "health", ContinuingEducation, 1, ContinuingEducationEdit());
        Measures.Add(Actors.HealthOfficer, "health", NightSchool("night-school"));
        _f.Clock.Advance(TimeSpan.FromMinutes(1));
        Measures.Add(Actors.HealthOfficer, "health", NightSchool("a-later-one"));

        var catalogue = Measures.Catalogue("health");

        Assert.Equal(
            [(ContinuingEducation, MeasureOrigin.Customized), (SkillsContest, MeasureOrigin.Default), ("night-school", MeasureOrigin.BureauAdded), ("a-later-one", MeasureOrigin.BureauAdded)],
            catalogue.Measures.Select(m => (m.Id, m.Origin)));
        Assert.DoesNotContain(catalogue.Measures, m => m.DefaultChanged);
    }

    [Fact]
    public void Reverting_an_edit_to_the_default_keeps_the_version_climbing()
    {
        var edited = Measures.Edit(Actors.HealthOfficer, "health", ContinuingEducation, 1, ContinuingEducationEdit());

        var reverted = Measures.AcceptDefault(Actors.HealthOfficer, "health", ContinuingEducation, edited.Version)!;

        Assert.Equal((MeasureOrigin.Default, 3, "继续教育"), (reverted.Origin, reverted.Version, reverted.Content.TitleZh));
        // An ETag read before the edit does not come back to life.
        Assert.Throws<PreconditionFailedException>(() => Measures.Retire(Actors.HealthOfficer, "health", ContinuingEducation, 1));
        Assert.Throws<ConflictException>(() => Measures.AcceptDefault(Actors.HealthOfficer, "health", ContinuingEducation, 3));
        Assert.Throws<ConflictException>(() => Measures.KeepEdit(Actors.HealthOfficer, "health", ContinuingEducation, 3));
    }

    [Fact]
    public void The_history_of_an_entry_lists_every_change_with_who_and_what_and_outlives_its_deletion()
    {
        var added = Measures.Add(Actors.HealthOfficer, "health", NightSchool("night-school"));
        _f.Clock.Advance(TimeSpan.FromHours(1));
        var edited = Measures.Edit(Actors.HealthOfficer2, "health", added.Id, added.Version, NightSchool() with { TitleZh = "卫生夜校（周三）" });
        _f.Clock.Advance(TimeSpan.FromHours(1));
        Measures.Delete(Actors.TalentOffice, "health", added.Id, edited.Version);

        var history = Measures.History(Actors.HealthOfficer, "health", "night-school");

        Assert.Equal(["measure.added", "measure.edited", "measure.deleted"], history.Select(h => h.Action));
        Assert.Equal(["hb-1", "hb-2", "to-1"], history.Select(h => h.ActorId));
        Assert.Equal(["卫生夜校", "卫生夜校（周三）", null], history.Select(h => h.Content?.TitleZh));
        Assert.Equal([1, 2, (int?)null], history.Select(h => h.Version));
        Assert.Equal(MeasureOverlayKind.BureauAdded, history[0].Kind);
        Assert.True(history[1].AtUtc > history[0].AtUtc);
        Assert.Equal(history.Select(h => h.Sequence), Measures.History(Actors.TalentOffice, "health", "night-school").Select(h => h.Sequence));
        Assert.Empty(Measures.History(Actors.HealthOfficer, "health", SkillsContest));
        Assert.Throws<NotFoundException>(() => Measures.History(Actors.HealthOfficer, "health", "never-existed"));
    }

    [Fact]
    public void The_history_of_a_default_shows_the_edit_and_what_it_was_based_on()
    {
        var edited = Measures.Edit(Actors.HealthOfficer, "health", ContinuingEducation, 1, ContinuingEducationEdit());
        Measures.Retire(Actors.HealthOfficer, "health", ContinuingEducation, edited.Version);

        var history = Measures.History(Actors.HealthOfficer, "health", ContinuingEducation);

        Assert.Equal(["measure.edited", "measure.retired"], history.Select(h => h.Action));
        Assert.Equal([2, 3], history.Select(h => h.Version));
        Assert.Equal([false, true], history.Select(h => h.Retired));
        Assert.All(history, h => Assert.Equal(("1.0.0", MeasureOverlayKind.OverDefault), (h.BasedOnPluginVersion, h.Kind)));
        Assert.Equal(6, history[1].Content!.Targets[0].MinimumPerYear);
        var entry = _f.AuditFor("health/continuing-education")[0];
        Assert.Null(entry.Before);
        Assert.Contains("\"basedOnHash\"", entry.After);
    }

    [Fact]
    public void A_restarted_host_keeps_the_overlay()
    {
        var edited = Measures.Edit(Actors.HealthOfficer, "health", ContinuingEducation, 1, ContinuingEducationEdit());
        Measures.Add(Actors.HealthOfficer, "health", NightSchool("night-school"));
        Measures.Retire(Actors.HealthOfficer, "health", SkillsContest, 1);

        _f.Reopen();

        var catalogue = _f.Measures!.Catalogue("health");
        Assert.Equal(
            [(ContinuingEducation, MeasureOrigin.Customized, false, 2), (SkillsContest, MeasureOrigin.Default, true, 2), ("night-school", MeasureOrigin.BureauAdded, false, 1)],
            catalogue.Measures.Select(m => (m.Id, m.Origin, m.Retired, m.Version)));
        Assert.Equal(edited.Content.Hash(), catalogue.Measures[0].Content.Hash());
        Assert.Equal(["measure.edited"], _f.Measures.History(Actors.HealthOfficer, "health", ContinuingEducation).Select(h => h.Action));
    }

    [Fact]
    public void Changes_to_a_domain_no_plugin_serves_are_refused_404()
    {
        _defaults.Withdraw("health");

        Assert.Equal(404, Assert.Throws<UnknownDomainException>(() => Measures.Add(Actors.HealthOfficer, "health", NightSchool())).StatusCode);
        Assert.Throws<UnknownDomainException>(() => Measures.Retire(Actors.HealthOfficer, "health", SkillsContest, 1));
        Assert.Null(Measures.Find("health"));
        Assert.Equal(0, _f.Db.GetCollection<AuditEntry>(AuditEntry.Set.Name).Count());
    }

    [Fact]
    public void A_bureau_whose_plugin_ships_no_catalogue_can_start_one()
    {
        var actor = new Actor("pg-1", "区委组织部 干部科", KunpengRoles.BureauOfficer, "party-government", null);
        Assert.Empty(Measures.Catalogue("party-government").Measures);

        var added = Measures.Add(actor, "party-government", NightSchool("cadre-training"));

        var catalogue = Measures.Catalogue("party-government");
        Assert.False(catalogue.PluginShipsCatalogue);
        Assert.Equal([added.Id], catalogue.Measures.Select(m => m.Id));
    }
}
