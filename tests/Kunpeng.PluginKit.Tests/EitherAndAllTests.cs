namespace Kunpeng.PluginKit.Tests;

/// <summary>专业技术 拔尖 (1): 具有硕士研究生及以上学历或副高级及以上专业技术职务.</summary>
public class EitherAndAllTests
{
    private static readonly Check MasterOrAssociateSenior = Check.Either(
        Check.EducationAtLeast(EducationLevel.Master),
        Check.TitleAtLeast(ProfessionalTitle.AssociateSenior));

    private static CheckResult Either(EducationLevel? education, ProfessionalTitle? title) =>
        MasterOrAssociateSenior.Evaluate(new() { EducationLevel = education, ProfessionalTitle = title }, Dates.Reference);

    [Fact]
    public void Met_by_the_first_branch_alone() =>
        Assert.Equal(ConditionStatus.Met, Either(EducationLevel.Master, ProfessionalTitle.Junior).Status);

    [Fact]
    public void Met_by_the_second_branch_alone() =>
        Assert.Equal(ConditionStatus.Met, Either(EducationLevel.Bachelor, ProfessionalTitle.AssociateSenior).Status);

    [Fact]
    public void Met_by_one_branch_even_when_the_other_fact_is_missing()
    {
        var result = Either(education: null, ProfessionalTitle.Senior);

        Assert.Equal(ConditionStatus.Met, result.Status);
        Assert.Empty(result.MissingFacts);
    }

    [Fact]
    public void Not_met_only_when_both_branches_are_not_met()
    {
        var result = Either(EducationLevel.Bachelor, ProfessionalTitle.Intermediate);

        Assert.Equal(ConditionStatus.NotMet, result.Status);
        Assert.Equal("学历：本科；专业技术职务：中级", result.Found);
        Assert.Equal("学历：≥ 硕士研究生；或 专业技术职务：≥ 副高级", result.Required);
    }

    [Fact]
    public void Undecided_when_one_branch_is_not_met_and_the_other_fact_is_missing()
    {
        var result = Either(EducationLevel.Bachelor, title: null);

        Assert.Equal(ConditionStatus.Undecided, result.Status);
        Assert.Equal(["professionalTitle"], result.MissingFacts);
        Assert.Equal("学历：本科；专业技术职务：缺少", result.Found);
    }

    [Fact]
    public void Undecided_naming_both_facts_when_both_are_missing() =>
        Assert.Equal(["educationLevel", "professionalTitle"], Either(null, null).MissingFacts);

    [Fact]
    public void Either_declares_the_facts_of_both_branches() =>
        Assert.Equal(["educationLevel", "professionalTitle"], MasterOrAssociateSenior.Facts.Select(f => f.Name));

    private static readonly Check CleanRecord = Check.All(
        Check.IsTrue(CommonFacts.Enterprise.GoodCredit),
        Check.IsFalse(CommonFacts.Enterprise.HighPollution));

    [Fact]
    public void All_is_met_when_every_part_is()
    {
        var result = CleanRecord.Evaluate(new() { Enterprise = new() { GoodCredit = true, HighPollution = false } }, Dates.Reference);

        Assert.Equal(ConditionStatus.Met, result.Status);
    }

    [Fact]
    public void All_is_not_met_as_soon_as_one_part_is_not_even_if_another_is_missing() =>
        Assert.Equal(ConditionStatus.NotMet,
            CleanRecord.Evaluate(new() { Enterprise = new() { HighPollution = true } }, Dates.Reference).Status);

    [Fact]
    public void All_is_undecided_naming_the_missing_part()
    {
        var result = CleanRecord.Evaluate(new() { Enterprise = new() { GoodCredit = true } }, Dates.Reference);

        Assert.Equal(ConditionStatus.Undecided, result.Status);
        Assert.Equal(["enterprise.highPollution"], result.MissingFacts);
    }

    [Fact]
    public void All_needs_two_parts() =>
        Assert.Throws<ArgumentException>(() => Check.All(Check.IsTrue(CommonFacts.ReserveCadre)));

    [Theory]
    [InlineData(ProfessionalTitle.Junior, ConditionStatus.NotMet)]        // both branches fail: 城建 三.1.(2) not met
    [InlineData(ProfessionalTitle.AssociateSenior, ConditionStatus.Met)]  // the title branch alone suffices
    public void An_either_with_a_qualification_held_by_none_is_decided_by_the_other_branch(ProfessionalTitle title, ConditionStatus expected)
    {
        var check = Check.Either(Check.TitleAtLeast(ProfessionalTitle.AssociateSenior), Check.PractisingGradeAtLeast(2));

        var result = check.Evaluate(new() { ProfessionalTitle = title, HoldsNoPractisingQualification = true }, Dates.Reference);

        Assert.Equal(expected, result.Status);
        Assert.Empty(result.MissingFacts);
    }
}
