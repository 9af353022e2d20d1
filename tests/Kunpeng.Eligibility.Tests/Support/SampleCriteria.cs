using Kunpeng.Abstractions;
using NSubstitute;
using static Kunpeng.Eligibility.Tests.Support.Conditions;

namespace Kunpeng.Eligibility.Tests.Support;

/// <summary>
/// An <see cref="IDomainCriteria"/> double shaped like a small education domain: hard, general,
/// qualitative and preference conditions, and one fact the plugin declares as its own
/// (<c>schoolSize</c>). Its outcomes follow the profile, as a real plugin's would.
/// </summary>
internal static class SampleCriteria
{
    public static readonly IReadOnlyList<TierCriteria> Tiers =
    [
        new("top", "需同时具备下列条件", [
            Define("top.teaching-years", ConditionKind.Hard, "teachingYears"),
            Define("top.education", ConditionKind.Hard, "educationLevel"),
            Define("top.age", ConditionKind.General, "birthDate"),
            Define("top.ethics", ConditionKind.Qualitative),
            Define("top.reserve", ConditionKind.Preference, "reserveCadre"),
        ]),
        new("backbone", "需同时具备下列条件", [
            Define("backbone.teaching-years", ConditionKind.Hard, "teachingYears"),
            Define("backbone.school-size", ConditionKind.Hard, "schoolSize"),
        ]),
    ];

    public static readonly IReadOnlyList<FactDefinition> Facts =
    [
        new("teachingYears", FactType.Number, "教龄", Minimum: 0),
        new("educationLevel", FactType.Enum, "学历", ["none", "secondary", "associate", "bachelor", "master", "doctorate"]),
        new("birthDate", FactType.Date, "出生日期"),
        new("reserveCadre", FactType.Boolean, "后备干部"),
        new("schoolSize", FactType.Integer, "Pupils in the candidate's school.", Minimum: 0, Maximum: 100_000),
        new("schoolType", FactType.Enum, "Kind of school.", ["primary", "secondary", "vocational"]),
    ];

    public static IDomainCriteria Create(string domainId = "education")
    {
        var criteria = Substitute.For<IDomainCriteria>();
        criteria.DomainId.Returns(domainId);
        criteria.Tiers.Returns(Tiers);
        criteria.Facts.Returns(Facts);
        criteria.Assess(Arg.Any<CandidateProfile>(), Arg.Any<DateOnly>())
            .Returns(call => Assess(call.Arg<CandidateProfile>(), call.Arg<DateOnly>()));
        return criteria;
    }

    public static IReadOnlyList<TierAssessment> Assess(CandidateProfile p, DateOnly at) =>
    [
        new("top", [
            AtLeast("top.teaching-years", p.TeachingYears, 10, "teachingYears"),
            p.EducationLevel is null ? Outcome("top.education", ConditionStatus.Undecided, "educationLevel")
                : Outcome("top.education", p.EducationLevel >= EducationLevel.Bachelor ? ConditionStatus.Met : ConditionStatus.NotMet),
            p.BirthDate is not { } born ? Outcome("top.age", ConditionStatus.Undecided, "birthDate")
                : Outcome("top.age", born.AddYears(46) > at ? ConditionStatus.Met : ConditionStatus.NotMet),
            Outcome("top.ethics", ConditionStatus.AwaitsPanel),
            Outcome("top.reserve", p.ReserveCadre == true ? ConditionStatus.Met : ConditionStatus.NotMet),
        ]),
        new("backbone", [
            AtLeast("backbone.teaching-years", p.TeachingYears, 5, "teachingYears"),
            p.AdditionalFacts.TryGetValue("schoolSize", out var size)
                ? Outcome("backbone.school-size", (long)size >= 100 ? ConditionStatus.Met : ConditionStatus.NotMet)
                : Outcome("backbone.school-size", ConditionStatus.Undecided, "schoolSize"),
        ]),
    ];

    private static ConditionOutcome AtLeast(string id, decimal? value, decimal bound, string fact) => value is { } v
        ? new ConditionOutcome(id, v >= bound ? ConditionStatus.Met : ConditionStatus.NotMet, $"{v} 年", $"≥ {bound} 年", [], [])
        : new ConditionOutcome(id, ConditionStatus.Undecided, null, $"≥ {bound} 年", [fact], []);
}
