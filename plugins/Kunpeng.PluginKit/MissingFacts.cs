namespace Kunpeng.PluginKit;

/// <summary>Combines lists of missing fact names the way <c>Distinct</c> would, without allocating when one side is empty.</summary>
internal static class MissingFacts
{
    /// <summary>
    /// <paramref name="first"/>'s names, then those of <paramref name="second"/> not among them, in
    /// order, each once (ordinal). <paramref name="first"/> must itself hold each name once; it or
    /// <paramref name="second"/> is returned as is when nothing needs adding (the lists are read-only).
    /// </summary>
    public static IReadOnlyList<string> Union(IReadOnlyList<string> first, IReadOnlyList<string> second)
    {
        if (second.Count == 0)
        {
            return first;
        }

        if (first.Count == 0 && second.Count == 1)
        {
            return second;
        }

        var union = new List<string>(first.Count + second.Count);
        union.AddRange(first);
        for (var i = 0; i < second.Count; i++)
        {
            if (!union.Contains(second[i], StringComparer.Ordinal))
            {
                union.Add(second[i]);
            }
        }

        return union.Count == first.Count ? first : union.ToArray();
    }
}
