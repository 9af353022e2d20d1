using Kunpeng.Host.Workflow.Nominations;
using Xunit;

namespace Kunpeng.Workflow.Tests.Nominations;

public sealed class NominationStageKeyTests
{
    [Fact]
    public void A_full_key_is_an_equality_and_a_cycle_with_a_status_is_a_prefix()
    {
        Assert.Equal(($"{NominationStageKey.Expression} = @0", "education-2015|Submitted|eligible"),
            Shape(NominationStageKey.Term(["education-2015"], NominationStatus.Submitted, "eligible")));
        Assert.Equal(($"{NominationStageKey.Expression} LIKE @0", "education-2015|Submitted|%"),
            Shape(NominationStageKey.Term(["education-2015"], NominationStatus.Submitted, null)));
    }

    [Fact]
    public void A_cycle_id_with_a_like_wildcard_is_never_used_as_a_prefix()
    {
        var (expression, value) = NominationStageKey.Term(["culture_2015"], NominationStatus.Submitted, null);
        Assert.EndsWith(" IN @0", expression);
        Assert.All(value.AsArray, key => Assert.StartsWith("culture_2015|Submitted|", key.AsString));
    }

    [Fact]
    public void Without_a_status_or_a_verdict_the_keys_cover_every_status_or_every_verdict_and_no_verdict()
    {
        var byStatus = NominationStageKey.Term(["a-2015", "a-2016"], NominationStatus.Draft, null).Value.AsArray.Select(v => v.AsString).ToList();
        Assert.Equal(2 * 6, byStatus.Count);
        Assert.Contains("a-2016|Draft|", byStatus);
        Assert.Contains("a-2015|Draft|needs-exception", byStatus);

        var byVerdict = NominationStageKey.Term(["a-2015"], null, "eligible").Value.AsArray.Select(v => v.AsString).ToList();
        Assert.Equal(Enum.GetValues<NominationStatus>().Select(s => $"a-2015|{s}|eligible"), byVerdict);
        Assert.Throws<ArgumentException>(() => NominationStageKey.Term(["a-2015"], null, null));
    }

    private static (string, string) Shape((string Expression, LiteDB.BsonValue Value) term) => (term.Expression, term.Value.AsString);
}
