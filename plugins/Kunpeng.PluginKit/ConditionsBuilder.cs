using System.Text.RegularExpressions;
using Kunpeng.Abstractions;

namespace Kunpeng.PluginKit;

/// <summary>
/// Declares a tier's conditions clause by clause, in the order of the rules. Each condition carries
/// its clause number (三.1.(2)), the Chinese words it covers and its kind; a clause whose parts
/// differ in kind is declared as several conditions sharing the clause number.
/// </summary>
/// <remarks>
/// Ids are local: <c>teaching-years</c> declared in tier <c>top</c> becomes <c>top.teaching-years</c>, and
/// an alternative <c>membership</c> of group <c>recognition</c> becomes <c>top.recognition.membership</c>.
/// </remarks>
public sealed partial class ConditionsBuilder
{
    private readonly string idPrefix;
    private readonly ConditionSubject subject;
    private readonly bool alternatives;
    private readonly List<Condition> conditions;

    internal ConditionsBuilder(string idPrefix, ConditionSubject subject, bool alternatives, List<Condition> conditions)
    {
        this.idPrefix = idPrefix;
        this.subject = subject;
        this.alternatives = alternatives;
        this.conditions = conditions;
    }

    internal IReadOnlyList<Condition> Conditions => conditions;

    /// <summary>Stated without 一般 and checkable from facts: not met rejects the nominee.</summary>
    /// <param name="id">Local kebab-case id, e.g. <c>teaching-years</c>.</param>
    /// <param name="clause">Clause number in the rules, e.g. <c>三.1.(1)</c>.</param>
    /// <param name="textZh">The words of the clause this condition covers.</param>
    /// <param name="check">How facts decide it.</param>
    /// <param name="interpretation">How an ambiguous text was read, for review; or null.</param>
    public ConditionsBuilder Hard(string id, string clause, string textZh, Check check, string? interpretation = null) =>
        AddChecked(ConditionKind.Hard, id, clause, textZh, check, interpretation);

    /// <summary>Stated with 一般 ("as a rule"): not met needs the panel's recorded justification, it does not reject by itself.</summary>
    /// <inheritdoc cref="Hard" path="/param"/>
    public ConditionsBuilder General(string id, string clause, string textZh, Check check, string? interpretation = null) =>
        AddChecked(ConditionKind.General, id, clause, textZh, check, interpretation);

    /// <summary>优先: reported met / not met / undecided so candidates can be ranked, never a reason to reject.</summary>
    /// <inheritdoc cref="Hard" path="/param"/>
    public ConditionsBuilder Preference(string id, string clause, string textZh, Check check, string? interpretation = null)
    {
        if (alternatives)
        {
            throw new InvalidOperationException(
                $"'{idPrefix}{id}': a preference cannot be an alternative of an any-of group; it never decides admission.");
        }

        return AddChecked(ConditionKind.Preference, id, clause, textZh, check, interpretation);
    }

    /// <summary>Character, reputation, ability or standing: only the review panel can judge it; it always awaits the panel.</summary>
    /// <param name="id">Local kebab-case id.</param>
    /// <param name="clause">Clause number in the rules.</param>
    /// <param name="textZh">The words of the clause this condition covers.</param>
    /// <param name="interpretation">How an ambiguous text was read, for review; or null.</param>
    public ConditionsBuilder Qualitative(string id, string clause, string textZh, string? interpretation = null) =>
        Add(new QualitativeCondition(Define(id, clause, textZh, ConditionKind.Qualitative, [], [], interpretation)));

    /// <summary>
    /// "具备下列条件之一": one hard condition satisfied by any one of its alternatives. Met if any
    /// alternative is met; otherwise awaiting the panel while a qualitative alternative remains (the
    /// panel may still admit); otherwise undecided while facts are missing; otherwise not met.
    /// </summary>
    /// <param name="id">Local kebab-case id of the group.</param>
    /// <param name="clause">Clause number of the group's lead-in.</param>
    /// <param name="textZh">The lead-in's words, e.g. 同时具备下列条件之一.</param>
    /// <param name="alternatives">Declares the alternatives (two or more) with the same methods.</param>
    /// <param name="interpretation">How an ambiguous text was read, for review; or null.</param>
    public ConditionsBuilder AnyOf(string id, string clause, string textZh, Action<ConditionsBuilder> alternatives, string? interpretation = null)
    {
        ArgumentNullException.ThrowIfNull(alternatives);
        ValidateId(id);
        var group = new ConditionsBuilder($"{idPrefix}{id}.", subject, alternatives: true, []);
        alternatives(group);
        if (group.conditions.Count < 2)
        {
            throw new InvalidOperationException($"'{idPrefix}{id}': an any-of group has at least two alternatives.");
        }

        var facts = group.conditions.SelectMany(c => c.Definition.Facts).Distinct(StringComparer.Ordinal).ToList();
        var definition = Define(id, clause, textZh, ConditionKind.Hard, facts, [.. group.conditions.Select(c => c.Definition)], interpretation);
        return Add(new AnyOfCondition(definition, group.conditions));
    }

    /// <summary>
    /// Conditions about the candidate's enterprise rather than the person (所在企业需具备下列条件);
    /// they take their place in the tier's order like any other.
    /// </summary>
    public ConditionsBuilder AboutEnterprise(Action<ConditionsBuilder> conditions)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        conditions(new ConditionsBuilder(idPrefix, ConditionSubject.Enterprise, alternatives, this.conditions));
        return this;
    }

    private ConditionsBuilder AddChecked(ConditionKind kind, string id, string clause, string textZh, Check check, string? interpretation)
    {
        ArgumentNullException.ThrowIfNull(check);
        var definition = Define(id, clause, textZh, kind, [.. check.Facts.Select(f => f.Name)], [], interpretation);
        return Add(new CheckedCondition(definition, check));
    }

    private ConditionDefinition Define(string id, string clause, string textZh, ConditionKind kind,
        IReadOnlyList<string> facts, IReadOnlyList<ConditionDefinition> anyOf, string? interpretation)
    {
        ValidateId(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(textZh);
        if (!ClauseNumber().IsMatch(clause ?? ""))
        {
            throw new ArgumentException($"'{idPrefix}{id}': clause '{clause}' is not a clause number such as 三.1 or 三.1.(2).", nameof(clause));
        }

        if (interpretation is not null && string.IsNullOrWhiteSpace(interpretation))
        {
            throw new ArgumentException($"'{idPrefix}{id}': an interpretation note says something, or is null.", nameof(interpretation));
        }

        return new ConditionDefinition($"{idPrefix}{id}", clause!, textZh, kind, subject, facts, anyOf, interpretation);
    }

    private void ValidateId(string id)
    {
        if (!LocalId().IsMatch(id ?? ""))
        {
            throw new ArgumentException($"Condition id '{id}' is not a local kebab-case id such as teaching-years.", nameof(id));
        }
    }

    private ConditionsBuilder Add(Condition condition)
    {
        if (conditions.Any(c => c.Definition.Id == condition.Definition.Id))
        {
            throw new InvalidOperationException($"Condition '{condition.Definition.Id}' is declared twice.");
        }

        conditions.Add(condition);
        return this;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex LocalId();

    // Section (Chinese numeral), then item and sub-item numbers as the rules print them: 三.1, 三.1.(2), 五.3.
    [GeneratedRegex(@"^[一二三四五六七八九十]+(\.\d+)?(\.\(\d+\))?$")]
    private static partial Regex ClauseNumber();
}
