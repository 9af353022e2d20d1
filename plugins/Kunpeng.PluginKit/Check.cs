using Kunpeng.Abstractions;

namespace Kunpeng.PluginKit;

/// <summary>
/// A requirement checkable from facts ("教龄在10年及以上"), reusable across domains. A check knows
/// which facts it reads, so a plugin's fact list is derived from its checks, and it reports
/// <see cref="ConditionStatus.Undecided"/> naming the facts it lacks rather than guessing.
/// </summary>
/// <remarks>
/// The factories below are the whole vocabulary; the hierarchy is closed so every check keeps the
/// missing-fact discipline. What the vocabulary cannot say goes through <see cref="Custom"/>.
/// </remarks>
public abstract class Check
{
    private protected Check(string labelZh, IEnumerable<FactDefinition> facts)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(labelZh);
        LabelZh = labelZh;
        Facts = [.. facts.DistinctBy(f => f.Name, StringComparer.Ordinal)];
    }

    /// <summary>What the check is about (教龄, 年龄); prefixes its part when combined with others.</summary>
    public string LabelZh { get; }

    /// <summary>Every fact the check may read, in first-use order.</summary>
    public IReadOnlyList<FactDefinition> Facts { get; }

    /// <summary>Checks one profile at the reference date. Pure.</summary>
    public abstract CheckResult Evaluate(CandidateProfile profile, DateOnly referenceDate);

    /// <summary>年龄不超过 <paramref name="years"/> 周岁 (also 以下): whole years completed at the reference date, from <see cref="CommonFacts.BirthDate"/>.</summary>
    public static Check AgeAtMost(int years) => new AgeAtMostCheck(years, womenAtMost: null);

    /// <summary>
    /// 年龄不超过 <paramref name="years"/> 周岁（女性不超过 <paramref name="womenAtMost"/> 周岁）. Gender is read only
    /// when it matters: an age within both limits is met and an age beyond both is not met whatever
    /// the gender; only an age between the two limits needs <see cref="CommonFacts.Gender"/>.
    /// </summary>
    public static Check AgeAtMost(int years, int womenAtMost) => new AgeAtMostCheck(years, womenAtMost);

    /// <summary>具有 … 及以上学历.</summary>
    public static Check EducationAtLeast(EducationLevel minimum) =>
        new OrderedAtLeastCheck<EducationLevel>(CommonFacts.EducationLevel, minimum, (found, min) => found >= min, ChineseNames.Of);

    /// <summary>… 及以上职称 / 专业技术职务 (高级教师 = <see cref="ProfessionalTitle.AssociateSenior"/>).</summary>
    public static Check TitleAtLeast(ProfessionalTitle minimum) =>
        new OrderedAtLeastCheck<ProfessionalTitle>(CommonFacts.ProfessionalTitle, minimum, (found, min) => found >= min, ChineseNames.Of);

    /// <summary>职业资格 … 以上, where level 1 (高级技师) is best and 5 (初级工) lowest: "中级以上" is <c>VocationalLevelAtLeast(4)</c>.</summary>
    public static Check VocationalLevelAtLeast(int level)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 5);
        return new OrderedAtLeastCheck<int>(CommonFacts.VocationalLevel, level, (found, min) => found <= min, ChineseNames.OfVocationalLevel);
    }

    /// <summary>执业资格 … 以上, where grade 1 is best: "二级以上" is <c>PractisingGradeAtLeast(2)</c>.</summary>
    public static Check PractisingGradeAtLeast(int grade)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(grade, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(grade, 2);
        return new OrderedAtLeastCheck<int>(CommonFacts.PractisingGrade, grade, (found, min) => found <= min, ChineseNames.OfPractisingGrade);
    }

    /// <summary>A number at least a bound (以上 includes it): years, revenue, people trained.</summary>
    /// <param name="fact">The number, e.g. <see cref="CommonFacts.TeachingYears"/>.</param>
    /// <param name="minimum">The bound, met when equal.</param>
    /// <param name="unitZh">Unit as the rules write it: 年, 元, 人.</param>
    public static Check AtLeast<T>(Fact<T> fact, T minimum, string unitZh) where T : struct, System.Numerics.INumber<T> =>
        new NumberAtLeastCheck<T>(fact, minimum, unitZh);

    /// <summary>
    /// At least <paramref name="years"/> whole years from a date to the reference date, e.g.
    /// 担任处级干部3年以上 is <c>YearsSinceAtLeast(CommonFacts.DivisionLevelSince, 3)</c>.
    /// </summary>
    public static Check YearsSinceAtLeast(Fact<DateOnly> since, int years) => new YearsSinceAtLeastCheck(since, years);

    /// <summary>The fact is true (具有, 设立了, 符合).</summary>
    public static Check IsTrue(Fact<bool> fact) => new BooleanCheck(fact, expected: true);

    /// <summary>The fact is false (未涉足, 未发生).</summary>
    public static Check IsFalse(Fact<bool> fact) => new BooleanCheck(fact, expected: false);

    /// <summary>The value is one of those listed (e.g. 国家级、市级协会会员).</summary>
    public static Check IsOneOf<TEnum>(Fact<TEnum> fact, params IEnumerable<TEnum> allowed) where TEnum : struct, Enum =>
        new OneOfCheck<TEnum>(fact, allowed);

    /// <summary>
    /// "A, or B" inside one clause (硕士研究生及以上学历或副高级及以上专业技术职务): met when either is
    /// met, not met only when both are not met, otherwise undecided naming what is missing, since
    /// the missing fact could still satisfy the clause.
    /// </summary>
    public static Check Either(Check first, Check second) => new EitherCheck(first, second);

    /// <summary>
    /// Several requirements of one kind stated together (会计信用、纳税信用和银行信用良好): met when all
    /// are met, not met as soon as one is not met, otherwise undecided naming what is missing.
    /// </summary>
    public static Check All(params IEnumerable<Check> checks) => new AllCheck(checks);

    /// <summary>
    /// A requirement that applies only to some candidates (校（园）长应具有相应任职资格): when
    /// <paramref name="applies"/> is false the check is met and reports <paramref name="notApplicableZh"/>;
    /// when it is true, <paramref name="then"/> decides; when it is missing, undecided.
    /// </summary>
    public static Check When(Fact<bool> applies, Check then, string notApplicableZh) => new WhenCheck(applies, then, notApplicableZh);

    /// <summary>
    /// Records dated within the last five years (近五年内), to filter and count:
    /// <c>InLastFiveYears(CommonFacts.Papers).AtLeast(2, "篇").OfWhich(1, "市级及以上", p =&gt; p.Recognition &gt;= RecognitionLevel.Municipal)</c>.
    /// See <see cref="LastFiveYears"/> for what the window is.
    /// </summary>
    public static RecordsInLastFiveYears<TRecord> InLastFiveYears<TRecord>(RecordsFact<TRecord> records) => new(records);

    /// <summary>
    /// The escape hatch for what the vocabulary cannot say. Declare every fact the function reads;
    /// report a missing one with <see cref="CheckResult.Undecided"/> (the kit refuses a missing fact
    /// that was not declared, since the host would not know to ask for it).
    /// </summary>
    /// <param name="labelZh">What it is about, as the rules say it.</param>
    /// <param name="evaluate">The check itself; pure.</param>
    /// <param name="facts">The facts it reads: <c>CommonFacts.X.Definition</c> or a plugin's own fact's definition.</param>
    public static Check Custom(string labelZh, Func<CandidateProfile, DateOnly, CheckResult> evaluate, params IEnumerable<FactDefinition> facts) =>
        new CustomCheck(labelZh, evaluate, facts);
}
