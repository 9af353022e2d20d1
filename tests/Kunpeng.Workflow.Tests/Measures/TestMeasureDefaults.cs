using Kunpeng.Abstractions;
using Kunpeng.Host.Measures;

namespace Kunpeng.Workflow.Tests.Measures;

/// <summary>
/// The plugin defaults as a test publishes them: starts with health 1.0.0 and education 1.0.0 shaped
/// like <see cref="Infrastructure.TestDomainTerms"/> (same ids, titles, forms and targets), and takes a
/// new "plugin version" with <see cref="Publish"/>, as a deployment would.
/// </summary>
public sealed class TestMeasureDefaults : IMeasureDefaultsSource
{
    public const string ContinuingEducation = "continuing-education";
    public const string SkillsContest = "skills-contest";
    public const string BackboneTraining = "backbone-training";

    private readonly Dictionary<string, MeasureDefaults> _domains = new(StringComparer.Ordinal);

    public TestMeasureDefaults()
    {
        Publish("health", "1.0.0", HealthV1());
        Publish("education", "1.0.0", [(BackboneTraining, Content("五.1", "骨干教师培训", "组织骨干教师集中培训和跟岗研修。", MeasureCategory.Training, ["集中培训", "跟岗研修"]))]);
        _domains["party-government"] = new MeasureDefaults("party-government", "1.0.0", ShipsCatalogue: false, []);
    }

    /// <summary>Health 1.0.0: 继续教育 with three training bases at four activities a year each, and the yearly 技能竞赛.</summary>
    public static IReadOnlyList<(string Id, MeasureContent Content)> HealthV1() =>
    [
        (ContinuingEducation, Content("五.2", "继续教育", "以三家医院为培训基地，每个基地每年组织不少于四次活动。", MeasureCategory.FurtherEducation,
            ["典型病例研讨", "学术交流", "岗位技能培训"],
            Target("activities-district-hospital", "区医院每年组织不少于四次活动", 4, "区医院"),
            Target("activities-tcm-hospital", "中医院每年组织不少于四次活动", 4, "中医院"),
            Target("activities-second-hospital", "第二人民医院每年组织不少于四次活动", 4, "第二人民医院"))),
        (SkillsContest, Content("五.4", "技能竞赛", "每年举办一次技能竞赛。", MeasureCategory.EvaluationIncentive, ["技能竞赛"],
            Target("annual-contest", "每年举办一次技能竞赛", 1, null))),
    ];

    /// <summary>Serves these defaults for the domain from now on, as a new plugin version would.</summary>
    public void Publish(string domainId, string version, IEnumerable<(string Id, MeasureContent Content)> measures) =>
        _domains[domainId] = new MeasureDefaults(domainId, version, ShipsCatalogue: true, measures.Select(m => MeasureDefault.Of(m.Id, m.Content)).ToList());

    /// <summary>No plugin serves the domain any more.</summary>
    public void Withdraw(string domainId) => _domains.Remove(domainId);

    public MeasureDefaults? Find(string domainId) => _domains.GetValueOrDefault(domainId);

    public static MeasureContent Content(string clause, string title, string text, MeasureCategory category, IEnumerable<string> forms, params MeasureTargetContent[] targets) => new()
    {
        Clause = clause, TitleZh = title, TextZh = text, Category = category, FormsZh = forms.ToList(), Targets = targets.ToList(),
    };

    public static MeasureTargetContent Target(string id, string description, int minimum, string? scope) =>
        new() { Id = id, DescriptionZh = description, MinimumPerYear = minimum, ScopeZh = scope };
}
