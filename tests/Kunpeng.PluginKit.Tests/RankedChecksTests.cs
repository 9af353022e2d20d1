namespace Kunpeng.PluginKit.Tests;

/// <summary>"… 及以上" on the ranked scales: education, title, vocational level, practising grade.</summary>
public class RankedChecksTests
{
    private static CheckResult Evaluate(Check check, CandidateProfile profile) => check.Evaluate(profile, Dates.Reference);

    [Theory]
    [InlineData(EducationLevel.Bachelor, ConditionStatus.Met)]
    [InlineData(EducationLevel.Doctorate, ConditionStatus.Met)]
    [InlineData(EducationLevel.Associate, ConditionStatus.NotMet)]
    public void Education_at_least_bachelor(EducationLevel level, ConditionStatus expected) =>
        Assert.Equal(expected, Evaluate(Check.EducationAtLeast(EducationLevel.Bachelor), new() { EducationLevel = level }).Status);

    [Fact]
    public void Education_reads_in_the_rules_words()
    {
        var result = Evaluate(Check.EducationAtLeast(EducationLevel.Bachelor), new() { EducationLevel = EducationLevel.Associate });

        Assert.Equal("大专", result.Found);
        Assert.Equal("≥ 本科", result.Required);
    }

    [Theory]
    [InlineData(ProfessionalTitle.AssociateSenior, ConditionStatus.Met)]
    [InlineData(ProfessionalTitle.Senior, ConditionStatus.Met)]
    [InlineData(ProfessionalTitle.Intermediate, ConditionStatus.NotMet)]
    public void Title_at_least_associate_senior(ProfessionalTitle title, ConditionStatus expected) =>
        Assert.Equal(expected, Evaluate(Check.TitleAtLeast(ProfessionalTitle.AssociateSenior), new() { ProfessionalTitle = title }).Status);

    [Theory]
    [InlineData(4, ConditionStatus.Met)]    // 中级工 meets 中级以上
    [InlineData(1, ConditionStatus.Met)]    // 高级技师
    [InlineData(5, ConditionStatus.NotMet)] // 初级工
    public void Vocational_level_at_least_intermediate_counts_down(int level, ConditionStatus expected) =>
        Assert.Equal(expected, Evaluate(Check.VocationalLevelAtLeast(4), new() { VocationalLevel = level }).Status);

    [Fact]
    public void Vocational_level_names_the_grade()
    {
        var result = Evaluate(Check.VocationalLevelAtLeast(4), new() { VocationalLevel = 5 });

        Assert.Equal("初级工（五级）", result.Found);
        Assert.Equal("≥ 中级工（四级）", result.Required);
    }

    [Theory]
    [InlineData(2, ConditionStatus.Met)]
    [InlineData(1, ConditionStatus.Met)]
    public void Practising_grade_two_or_better(int grade, ConditionStatus expected) =>
        Assert.Equal(expected, Evaluate(Check.PractisingGradeAtLeast(2), new() { PractisingGrade = grade }).Status);

    [Fact]
    public void Practising_grade_one_is_not_met_by_grade_two() =>
        Assert.Equal(ConditionStatus.NotMet, Evaluate(Check.PractisingGradeAtLeast(1), new() { PractisingGrade = 2 }).Status);

    [Fact]
    public void Out_of_scale_bounds_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Check.VocationalLevelAtLeast(6));
        Assert.Throws<ArgumentOutOfRangeException>(() => Check.PractisingGradeAtLeast(3));
    }

    /// <summary>A grade held by none is a fact below every bound: not met, in the rules' words, with nothing missing.</summary>
    public static TheoryData<Check, CandidateProfile, string, string> NoneHeld() => new()
    {
        { Check.VocationalLevelAtLeast(4), new() { HoldsNoVocationalQualification = true }, "无职业资格", "≥ 中级工（四级）" },
        { Check.VocationalLevelAtLeast(5), new() { HoldsNoVocationalQualification = true }, "无职业资格", "≥ 初级工（五级）" },
        { Check.PractisingGradeAtLeast(2), new() { HoldsNoPractisingQualification = true }, "无执业资格", "≥ 二级" },
        { Check.PractisingGradeAtLeast(1), new() { HoldsNoPractisingQualification = true }, "无执业资格", "≥ 一级" },
    };

    [Theory]
    [MemberData(nameof(NoneHeld))]
    public void A_qualification_held_by_none_is_not_met(Check check, CandidateProfile profile, string found, string required)
    {
        var result = Evaluate(check, profile);

        Assert.Equal((ConditionStatus.NotMet, found, required), (result.Status, result.Found, result.Required));
        Assert.Empty(result.MissingFacts);
    }

    [Fact]
    public void Holding_no_practising_qualification_says_nothing_about_the_vocational_level()
    {
        Assert.Equal(ConditionStatus.Undecided, Evaluate(Check.VocationalLevelAtLeast(4), new() { HoldsNoPractisingQualification = true }).Status);
        Assert.Equal(ConditionStatus.Undecided, Evaluate(Check.PractisingGradeAtLeast(2), new() { HoldsNoVocationalQualification = true }).Status);
    }

    [Fact]
    public void Only_the_two_grades_can_be_held_by_none()
    {
        var profile = new CandidateProfile { HoldsNoVocationalQualification = true, HoldsNoPractisingQualification = true };

        Assert.True(CommonFacts.VocationalLevel.HoldsNone(profile));
        Assert.True(CommonFacts.PractisingGrade.HoldsNone(profile));
        Assert.False(CommonFacts.VocationalLevel.HoldsNone(new()));
        Assert.False(CommonFacts.EducationLevel.HoldsNone(profile));
        Assert.Null(CommonFacts.ProfessionalTitle.NoneZh);
    }

    [Theory]
    [MemberData(nameof(EachRankedCheck))]
    public void Missing_fact_is_undecided_naming_it(Check check, string fact)
    {
        var result = Evaluate(check, new());

        Assert.Equal(ConditionStatus.Undecided, result.Status);
        Assert.Equal([fact], result.MissingFacts);
    }

    public static TheoryData<Check, string> EachRankedCheck() => new()
    {
        { Check.EducationAtLeast(EducationLevel.Bachelor), "educationLevel" },
        { Check.TitleAtLeast(ProfessionalTitle.Intermediate), "professionalTitle" },
        { Check.VocationalLevelAtLeast(4), "vocationalLevel" },
        { Check.PractisingGradeAtLeast(2), "practisingGrade" },
    };
}
