using Kunpeng.Host.Workflow.Nominations;
using Kunpeng.Registry;
using Xunit;

namespace Kunpeng.Workflow.Tests.Nominations;

public sealed class NominationStageKeyTests
{
    [Fact]
    public void A_full_key_is_an_equality_and_a_cycle_with_a_status_is_a_prefix()
    {
        Assert.Equal(Filter.Eq(NominationStageKey.Field, "education-2015|Submitted|eligible"),
            NominationStageKey.Term(["education-2015"], NominationStatus.Submitted, "eligible"));
        Assert.Equal(Filter.StartsWith(NominationStageKey.Field, "education-2015|Submitted|"),
            NominationStageKey.Term(["education-2015"], NominationStatus.Submitted, null));
    }

    [Fact]
    public void A_cycle_id_with_a_like_wildcard_is_a_literal_prefix()
    {
        // The store, not the workflow, knows which characters its pattern syntax reserves (LiteDB's LIKE: '%', '_').
        var term = Assert.IsType<Filter.Prefix>(NominationStageKey.Term(["culture_2015"], NominationStatus.Submitted, null));
        Assert.Equal("culture_2015|Submitted|", term.Text);
    }

    [Fact]
    public void Without_a_status_or_a_verdict_the_keys_cover_every_status_or_every_verdict_and_no_verdict()
    {
        var byStatus = Keys(NominationStageKey.Term(["a-2015", "a-2016"], NominationStatus.Draft, null));
        Assert.Equal(2 * 6, byStatus.Count);
        Assert.Contains("a-2016|Draft|", byStatus);
        Assert.Contains("a-2015|Draft|needs-exception", byStatus);

        var byVerdict = Keys(NominationStageKey.Term(["a-2015"], null, "eligible"));
        Assert.Equal(Enum.GetValues<NominationStatus>().Select(s => $"a-2015|{s}|eligible"), byVerdict);
        Assert.Throws<ArgumentException>(() => NominationStageKey.Term(["a-2015"], null, null));
    }

    [Fact]
    public void The_stored_key_follows_the_record()
    {
        var n = new Nomination { CycleId = "education-2015" };
        Assert.Equal("education-2015|Draft|", n.Stage);
        n.Status = NominationStatus.Submitted;
        n.LatestVerdict = "eligible";
        Assert.Equal("education-2015|Submitted|eligible", n.Stage);
    }

    private static List<string> Keys(Filter term)
    {
        var keys = Assert.IsType<Filter.OneOf>(term);
        Assert.Equal(NominationStageKey.Field, keys.Field);
        return keys.Values.Cast<string>().ToList();
    }
}
