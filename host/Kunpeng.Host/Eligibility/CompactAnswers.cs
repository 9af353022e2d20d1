using System.Runtime.InteropServices;
using Kunpeng.Abstractions;
using Kunpeng.Host.Eligibility.Models;

namespace Kunpeng.Host.Eligibility;

/// <summary>
/// The compact answers of one domain within one screening request. A compact tier answer is a verdict,
/// the ids of the conditions not met and undecided, and the missing facts: across a spreadsheet of
/// nominees the same few answers recur, so each distinct one is built once and shared by every
/// profile that got it (they are immutable records), as is each distinct combination of tier answers
/// for the domain. The verdict is still derived for every profile by <see cref="VerdictDerivation"/>;
/// which conditions it names is noted as bits of a mask (a condition's place in its tier), so finding
/// the shared answer compares numbers, not strings, and only a new answer allocates.
/// </summary>
/// <remarks>
/// Lives as long as the request (its lease), so it holds no more than the request's own answers and
/// never outlives the plugin version they came from. A domain with a tier of more than 64 conditions
/// is answered without sharing, as <see cref="EligibilityViews.Screened"/> writes it.
/// </remarks>
internal sealed class CompactAnswers
{
    private const int MaskBits = 64;

    private readonly LeasedDomain _domain;
    private readonly bool _shared;
    // Per tier: the answers seen, by verdict and masks; answers that differ only in missing facts are chained.
    private readonly Dictionary<(Verdict Verdict, ulong NotMet, ulong Undecided), Known>[] _byMasks;
    private readonly List<ScreenedTier>[] _known;
    // Per combination of tier answers (their indexes in _known): the domain's answer.
    private readonly Dictionary<Combination, DomainVerdicts> _answers = [];
    private readonly int[] _current;
    private List<string>? _missing = [];

    public CompactAnswers(LeasedDomain domain)
    {
        _domain = domain;
        var tiers = domain.Tiers.Count;
        _shared = true;
        for (var t = 0; t < tiers; t++)
        {
            _shared &= domain.Conditions(t).Length <= MaskBits;
        }

        _byMasks = new Dictionary<(Verdict, ulong, ulong), Known>[tiers];
        _known = new List<ScreenedTier>[tiers];
        for (var t = 0; t < tiers; t++)
        {
            _byMasks[t] = [];
            _known[t] = [];
        }

        _current = new int[tiers];
    }

    /// <summary>The domain's compact answer for one profile's assessment (already checked to answer every tier).</summary>
    /// <exception cref="CriteriaContractViolationException">The assessment does not fit the tiers' conditions.</exception>
    public DomainVerdicts For(IReadOnlyList<TierAssessment> assessments)
    {
        if (!_shared)
        {
            return Unshared(assessments);
        }

        for (var t = 0; t < _current.Length; t++)
        {
            var tier = _domain.Tiers[t];
            var assessment = OutcomeMatching.For(assessments, tier, t);
            var masks = new Masks();
            _missing!.Clear();
            var outcomes = assessment.Outcomes is ConditionOutcome[] array ? array : ReadOnlyLists.AsSpan(assessment.Outcomes);
            var verdict = VerdictDerivation.Derive(_domain.Conditions(t), outcomes, ref masks, ref _missing);

            ref var first = ref CollectionsMarshal.GetValueRefOrAddDefault(_byMasks[t], (verdict, masks.NotMet, masks.Undecided), out _);
            var known = first;
            while (known is not null && !SameFacts(_known[t][known.Index].MissingFacts, _missing!))
            {
                known = known.Next;
            }

            if (known is null)
            {
                known = first = new Known(_known[t].Count, first);
                // As EligibilityViews.Screened writes a compact tier: empty lists are left out.
                _known[t].Add(new ScreenedTier(tier.TierId, verdict, Ids(_domain.Conditions(t), masks.NotMet), Ids(_domain.Conditions(t), masks.Undecided),
                    _missing!.Count == 0 ? null : _missing.ToArray()));
            }

            _current[t] = known.Index;
        }

        if (!_answers.TryGetValue(new Combination(_current), out var verdicts))
        {
            var tiers = new ScreenedTier[_current.Length];
            for (var t = 0; t < tiers.Length; t++)
            {
                tiers[t] = _known[t][_current[t]];
            }

            verdicts = new DomainVerdicts(_domain.Id, tiers);
            _answers.Add(new Combination((int[])_current.Clone()), verdicts);
        }

        return verdicts;
    }

    private DomainVerdicts Unshared(IReadOnlyList<TierAssessment> assessments)
    {
        var tiers = new ScreenedTier[_domain.Tiers.Count];
        for (var t = 0; t < tiers.Length; t++)
        {
            var tier = _domain.Tiers[t];
            var assessment = OutcomeMatching.For(assessments, tier, t);
            var verdict = VerdictDerivation.Derive(_domain.Conditions(t), assessment.Outcomes);
            tiers[t] = EligibilityViews.Screened(tier, _domain.TierNameZh(t), assessment, verdict, ScreeningDetail.Compact);
        }

        return new DomainVerdicts(_domain.Id, tiers);
    }

    /// <summary>The ids of the tier's conditions whose bits are set, in definition order; null when none.</summary>
    private static string[]? Ids(ReadOnlySpan<ConditionDefinition> conditions, ulong mask)
    {
        if (mask == 0)
        {
            return null;
        }

        var ids = new string[ulong.PopCount(mask)];
        for (var (i, n) = (0, 0); n < ids.Length; i++)
        {
            if ((mask & (1UL << i)) != 0)
            {
                ids[n++] = conditions[i].Id;
            }
        }

        return ids;
    }

    private static bool SameFacts(IReadOnlyList<string>? known, List<string> missing)
    {
        if ((known?.Count ?? 0) != missing.Count)
        {
            return false;
        }

        for (var i = 0; i < missing.Count; i++)
        {
            if (!string.Equals(known![i], missing[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A known tier answer (its index) and the next one with the same verdict and masks.</summary>
    private sealed class Known(int index, Known? next)
    {
        public int Index { get; } = index;

        public Known? Next { get; } = next;
    }

    /// <summary>The conditions not met and undecided, as bits by their place in the tier.</summary>
    private struct Masks : VerdictDerivation.IConditionSink
    {
        public ulong NotMet;
        public ulong Undecided;

        void VerdictDerivation.IConditionSink.NotMet(int index, string id) => NotMet |= 1UL << index;

        void VerdictDerivation.IConditionSink.Undecided(int index, string id) => Undecided |= 1UL << index;
    }

    /// <summary>One known answer per tier, by index: compared as numbers.</summary>
    private readonly struct Combination(int[] indexes) : IEquatable<Combination>
    {
        private readonly int[] _indexes = indexes;

        public bool Equals(Combination other) => _indexes.AsSpan().SequenceEqual(other._indexes);

        public override bool Equals(object? obj) => obj is Combination other && Equals(other);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.AddBytes(MemoryMarshal.AsBytes(_indexes.AsSpan()));
            return hash.ToHashCode();
        }
    }
}
