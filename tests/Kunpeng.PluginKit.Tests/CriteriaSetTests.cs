namespace Kunpeng.PluginKit.Tests;

public class CriteriaSetTests
{
    /// <summary>党政 科级 and 企业 骨干, cut down: every kind of condition, person and enterprise.</summary>
    private static readonly CriteriaSet Sample = CriteriaSet.For("sample")
        .Tier("section", "优秀科级干部，需具有大学本科以上学历……同时具备下列条件：", t => t
            .Hard("education", "三.2", "需具有大学本科以上学历", Check.EducationAtLeast(EducationLevel.Bachelor))
            .Hard("tenure", "三.2.(1)", "担任正科级干部3年以上", Check.YearsSinceAtLeast(CommonFacts.SectionChiefSince, 3),
                interpretation: "自首次任正科级之日起算。")
            .Qualitative("conduct", "三.2.(2)", "能够认真贯彻执行党委政府交办的各项任务……")
            .Preference("reserve", "五.1", "优先在全区党政领导班子后备干部中确定", Check.IsTrue(CommonFacts.ReserveCadre)))
        .Tier("backbone", "骨干人才人选……", t => t
            .General("age", "三.3.(3)", "一般应在企业经营管理工作岗位工作三年以上",
                Check.AtLeast(CommonFacts.ManagementYears, 3m, "年"))
            .AboutEnterprise(e => e
                .Hard("revenue", "三.4.(2)", "年主营业务收入300万元以上",
                    Check.AtLeast(CommonFacts.Enterprise.AnnualRevenue, 3_000_000m, "元")))
            .Hard("education", "三.3", "本科以上学历", Check.EducationAtLeast(EducationLevel.Bachelor)))
        .Build();

    [Fact]
    public void Definitions_carry_clause_text_kind_subject_and_facts()
    {
        var section = Sample.Tiers[0];

        Assert.Equal("sample", Sample.DomainId);
        Assert.Equal("section", section.TierId);
        Assert.Equal(["section.education", "section.tenure", "section.conduct", "section.reserve"], section.Conditions.Select(c => c.Id));
        Assert.Equal(
            [ConditionKind.Hard, ConditionKind.Hard, ConditionKind.Qualitative, ConditionKind.Preference],
            section.Conditions.Select(c => c.Kind));
        var tenure = section.Conditions[1];
        Assert.Equal("三.2.(1)", tenure.Clause);
        Assert.Equal("担任正科级干部3年以上", tenure.TextZh);
        Assert.Equal(["sectionChiefSince"], tenure.Facts);
        Assert.Equal("自首次任正科级之日起算。", tenure.InterpretationNote);
        Assert.Empty(section.Conditions[2].Facts);
    }

    [Fact]
    public void Enterprise_conditions_keep_their_place_and_say_whom_they_are_about()
    {
        var backbone = Sample.Tiers[1];

        Assert.Equal(["backbone.age", "backbone.revenue", "backbone.education"], backbone.Conditions.Select(c => c.Id));
        Assert.Equal(
            [ConditionSubject.Person, ConditionSubject.Enterprise, ConditionSubject.Person],
            backbone.Conditions.Select(c => c.Subject));
    }

    [Fact]
    public void The_fact_list_is_derived_from_the_checks_once_each_in_first_use_order() =>
        Assert.Equal(
            ["educationLevel", "sectionChiefSince", "reserveCadre", "managementYears", "enterprise.annualRevenue"],
            Sample.Facts.Select(f => f.Name));

    [Fact]
    public void Assessment_gives_one_outcome_per_top_level_condition_in_order()
    {
        var assessments = Sample.Assess(new(), Dates.Reference);

        Assert.Equal(["section", "backbone"], assessments.Select(a => a.TierId));
        Assert.Equal(Sample.Tiers[0].Conditions.Select(c => c.Id), assessments[0].Outcomes.Select(o => o.ConditionId));
        Assert.Equal(Sample.Tiers[1].Conditions.Select(c => c.Id), assessments[1].Outcomes.Select(o => o.ConditionId));
    }

    [Fact]
    public void An_empty_profile_leaves_every_checked_condition_undecided_naming_its_facts_and_the_rest_with_the_panel()
    {
        var outcomes = Sample.Assess(new(), Dates.Reference).SelectMany(a => a.Outcomes).ToDictionary(o => o.ConditionId);

        Assert.Equal(ConditionStatus.AwaitsPanel, outcomes["section.conduct"].Status);
        Assert.Null(outcomes["section.conduct"].Found);
        Assert.Empty(outcomes["section.conduct"].MissingFacts);
        foreach (var (id, fact) in new[]
        {
            ("section.education", "educationLevel"), ("section.tenure", "sectionChiefSince"), ("section.reserve", "reserveCadre"),
            ("backbone.age", "managementYears"), ("backbone.revenue", "enterprise.annualRevenue"),
        })
        {
            Assert.Equal(ConditionStatus.Undecided, outcomes[id].Status);
            Assert.Equal([fact], outcomes[id].MissingFacts);
        }
    }

    [Fact]
    public void A_preference_not_met_is_reported_on_a_preference_kind_and_changes_no_other_outcome()
    {
        IReadOnlyList<ConditionOutcome> Section(bool reserveCadre) => Sample.Assess(new CandidateProfile
        {
            EducationLevel = EducationLevel.Bachelor,
            SectionChiefSince = new DateOnly(2010, 1, 1),
            ReserveCadre = reserveCadre,
        }, Dates.Reference)[0].Outcomes;

        var reserve = Section(reserveCadre: true);
        var notReserve = Section(reserveCadre: false);

        Assert.Equal(ConditionStatus.NotMet, notReserve.Single(o => o.ConditionId == "section.reserve").Status);
        Assert.Equal(ConditionKind.Preference, Sample.Tiers[0].Conditions.Single(c => c.Id == "section.reserve").Kind);
        // The verdict is the host's; the kit's part is that nothing a rejection could rest on moves.
        Assert.Equal(
            reserve.Where(o => o.ConditionId != "section.reserve"),
            notReserve.Where(o => o.ConditionId != "section.reserve"),
            (a, b) => a.ConditionId == b.ConditionId && a.Status == b.Status && a.Found == b.Found);
        Assert.DoesNotContain(notReserve, o => o.ConditionId != "section.reserve" && o.Status == ConditionStatus.NotMet);
    }

    [Fact]
    public void Assessment_is_pure() =>
        Assert.Equivalent(Sample.Assess(new() { TeachingYears = 3 }, Dates.Reference), Sample.Assess(new() { TeachingYears = 3 }, Dates.Reference), strict: true);

    [Theory]
    [InlineData("Teaching_Years", "三.1.(1)")]
    [InlineData("top.teaching", "三.1.(1)")]
    [InlineData("teaching-years", "3.1.(1)")]
    [InlineData("teaching-years", "三.1.（1）")]
    [InlineData("teaching-years", "")]
    public void Malformed_ids_and_clause_numbers_are_refused(string id, string clause) =>
        Assert.Throws<ArgumentException>(() => CriteriaSet.For("sample")
            .Tier("top", "…", t => t.Hard(id, clause, "教龄在10年及以上", Check.AtLeast(CommonFacts.TeachingYears, 10m, "年"))));

    [Fact]
    public void A_condition_declared_twice_is_refused() =>
        Assert.Throws<InvalidOperationException>(() => CriteriaSet.For("sample")
            .Tier("top", "…", t => t
                .Qualitative("conduct", "三.1.(1)", "…")
                .Qualitative("conduct", "三.1.(2)", "…")));

    [Fact]
    public void A_tier_declared_twice_or_empty_is_refused()
    {
        Assert.Throws<InvalidOperationException>(() => CriteriaSet.For("sample")
            .Tier("top", "…", t => t.Qualitative("a", "三.1", "…"))
            .Tier("top", "…", t => t.Qualitative("b", "三.1", "…")));
        Assert.Throws<InvalidOperationException>(() => CriteriaSet.For("sample").Tier("top", "…", _ => { }));
        Assert.Throws<InvalidOperationException>(() => CriteriaSet.For("sample").Build());
    }
}
