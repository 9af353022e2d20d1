namespace Kunpeng.PluginKit.Tests;

public class CustomAndAdditionalFactsTests
{
    private static readonly Fact<long> ContestsWon = Fact.Additional<long>(
        new FactDefinition("contestsWon", FactType.Integer, "Skills contests won.", Minimum: 0), "技术比武获奖");

    [Fact]
    public void A_plugin_fact_is_read_from_the_additional_facts()
    {
        var check = Check.AtLeast(ContestsWon, 1L, "次");

        var met = check.Evaluate(new() { AdditionalFacts = new Dictionary<string, object> { ["contestsWon"] = 2L } }, Dates.Reference);
        var missing = check.Evaluate(new(), Dates.Reference);

        Assert.Equal(ConditionStatus.Met, met.Status);
        Assert.Equal("2 次", met.Found);
        Assert.Equal(["contestsWon"], missing.MissingFacts);
    }

    [Fact]
    public void A_plugin_fact_appears_in_the_derived_fact_list()
    {
        var set = CriteriaSet.For("sample")
            .Tier("top", "…", t => t.Hard("contests", "三.1.(1)", "技术比武获奖", Check.AtLeast(ContestsWon, 1L, "次")))
            .Build();

        Assert.Same(ContestsWon.Definition, Assert.Single(set.Facts));
    }

    [Fact]
    public void Redeclaring_a_shared_fact_or_a_type_mismatch_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Fact.Additional<decimal>(new FactDefinition("teachingYears", FactType.Number, "…"), "教龄"));
        Assert.Throws<ArgumentException>(() => Fact.Additional<int>(new FactDefinition("contests", FactType.Integer, "…"), "获奖"));
        Assert.Throws<ArgumentException>(() => Fact.Additional<string>(new FactDefinition("works", FactType.Array, "…"), "作品"));
        Assert.Throws<ArgumentException>(() => Fact.Additional<bool>(new FactDefinition("enterprise.listed", FactType.Boolean, "…"), "上市"));
    }

    [Fact]
    public void Two_different_declarations_of_one_name_are_refused()
    {
        var other = Fact.Additional<long>(new FactDefinition("contestsWon", FactType.Integer, "Something else."), "获奖");

        Assert.Throws<InvalidOperationException>(() => CriteriaSet.For("sample")
            .Tier("top", "…", t => t
                .Hard("a", "三.1.(1)", "…", Check.AtLeast(ContestsWon, 1L, "次"))
                .Hard("b", "三.1.(2)", "…", Check.AtLeast(other, 1L, "次")))
            .Build());
    }

    [Fact]
    public void A_custom_check_decides_with_its_declared_facts()
    {
        // 城建 拔尖 (3): 主持或参与过两项以上区级重点工程项目，且所承担的工程或个人获得市级以上奖励.
        var check = Check.Custom("重点工程项目", (profile, date) =>
        {
            const string required = "近五年区级及以上重点工程 ≥ 2 项，且获市级以上奖励";
            if (!CommonFacts.KeyProjects.TryRead(profile, out var projects))
            {
                return CheckResult.Undecided(null, required, CommonFacts.KeyProjects.Name);
            }

            var window = LastFiveYears.EndingAt(date);
            var counted = projects.Where(p => window.Contains(p.Year) && p.InDistrict).ToList();
            var met = counted.Count >= 2 && counted.Any(p => p.Award >= RecognitionLevel.Municipal);
            return met ? CheckResult.Met($"{counted.Count} 项", required) : CheckResult.NotMet($"{counted.Count} 项", required);
        }, CommonFacts.KeyProjects.Definition);

        Assert.Equal(["keyProjects"], check.Facts.Select(f => f.Name));
        Assert.Equal(ConditionStatus.Undecided, check.Evaluate(new(), Dates.Reference).Status);
        Assert.Equal(ConditionStatus.Met, check.Evaluate(new()
        {
            KeyProjects = [new(2012, ProjectLevel.District, true, RecognitionLevel.Municipal), new(2014, ProjectLevel.District, true, RecognitionLevel.None)],
        }, Dates.Reference).Status);
    }

    [Fact]
    public void A_custom_check_may_not_report_a_missing_fact_it_did_not_declare()
    {
        var check = Check.Custom("奖励", (_, _) => CheckResult.Undecided(null, "…", "honours"), CommonFacts.KeyProjects.Definition);

        Assert.Throws<InvalidOperationException>(() => check.Evaluate(new(), Dates.Reference));
    }

    [Fact]
    public void An_undecided_result_names_at_least_one_fact() =>
        Assert.Throws<ArgumentException>(() => CheckResult.Undecided(null, "≥ 1 项"));
}
