namespace Kunpeng.PluginKit.Tests;

public class BooleanAndChoiceChecksTests
{
    [Theory]
    [InlineData(true, ConditionStatus.Met, "是")]
    [InlineData(false, ConditionStatus.NotMet, "否")]
    public void Is_true(bool value, ConditionStatus expected, string found)
    {
        var result = Check.IsTrue(CommonFacts.HasMonograph).Evaluate(new() { HasMonograph = value }, Dates.Reference);

        Assert.Equal(expected, result.Status);
        Assert.Equal(found, result.Found);
        Assert.Equal("是", result.Required);
    }

    [Theory]
    [InlineData(false, ConditionStatus.Met)]
    [InlineData(true, ConditionStatus.NotMet)]
    public void Is_false(bool value, ConditionStatus expected) =>
        Assert.Equal(expected, Check.IsFalse(CommonFacts.Enterprise.HighPollution)
            .Evaluate(new() { Enterprise = new() { HighPollution = value } }, Dates.Reference).Status);

    [Fact]
    public void A_missing_boolean_is_undecided_not_false()
    {
        var result = Check.IsFalse(CommonFacts.Enterprise.MajorIncidents3y).Evaluate(new() { Enterprise = new() }, Dates.Reference);

        Assert.Equal(ConditionStatus.Undecided, result.Status);
        Assert.Equal(["enterprise.majorIncidents3y"], result.MissingFacts);
    }

    [Theory]
    [InlineData(AssociationMembership.National, ConditionStatus.Met)]
    [InlineData(AssociationMembership.Municipal, ConditionStatus.Met)]
    [InlineData(AssociationMembership.None, ConditionStatus.NotMet)]
    public void Is_one_of(AssociationMembership membership, ConditionStatus expected)
    {
        var check = Check.IsOneOf(CommonFacts.AssociationMembership, AssociationMembership.National, AssociationMembership.Municipal);
        var result = check.Evaluate(new() { AssociationMembership = membership }, Dates.Reference);

        Assert.Equal(expected, result.Status);
        Assert.Equal("国家级协会会员 或 市级协会会员", result.Required);
    }

    [Theory]
    [InlineData(false, null, ConditionStatus.Met, "非校（园）长")]
    [InlineData(true, true, ConditionStatus.Met, "校（园）长任职资格：是")]
    [InlineData(true, false, ConditionStatus.NotMet, "校（园）长任职资格：否")]
    public void When_binds_only_if_the_condition_holds(bool isPrincipal, bool? qualified, ConditionStatus expected, string found)
    {
        var check = Check.When(CommonFacts.IsPrincipal, Check.IsTrue(CommonFacts.HasPrincipalQualification), "非校（园）长");
        var result = check.Evaluate(new() { IsPrincipal = isPrincipal, HasPrincipalQualification = qualified }, Dates.Reference);

        Assert.Equal(expected, result.Status);
        Assert.Equal(found, result.Found);
        Assert.Equal("校（园）长任职资格：是", result.Required);
    }

    [Fact]
    public void When_is_undecided_if_it_is_unknown_whether_it_binds()
    {
        var check = Check.When(CommonFacts.IsPrincipal, Check.IsTrue(CommonFacts.HasPrincipalQualification), "非校（园）长");

        Assert.Equal(["isPrincipal"], check.Evaluate(new() { HasPrincipalQualification = true }, Dates.Reference).MissingFacts);
        Assert.Equal(["hasPrincipalQualification"], check.Evaluate(new() { IsPrincipal = true }, Dates.Reference).MissingFacts);
        Assert.Equal(["isPrincipal", "hasPrincipalQualification"], check.Facts.Select(f => f.Name));
    }
}
