using System.Collections.Concurrent;

namespace Kunpeng.PluginKit;

/// <summary>
/// Texts composed from a few parts (a composite's "学历：本科；专业技术职务：中级"), kept by their parts so
/// a screening that assesses thousands of profiles composes each distinct text once. Bounded: past
/// <see cref="Limit"/> entries a text is composed each time, so parts that keep varying (dates) cost
/// no memory. Thread-safe; the texts are immutable strings.
/// </summary>
internal sealed class TextCache<TKey>(Func<TKey, string> compose, IEqualityComparer<TKey>? comparer = null) where TKey : notnull
{
    private const int Limit = 512;
    private readonly ConcurrentDictionary<TKey, string> texts = new(comparer);

    public string Get(TKey key)
    {
        if (texts.TryGetValue(key, out var text))
        {
            return text;
        }

        text = compose(key);
        if (texts.Count < Limit)
        {
            texts.TryAdd(key, text);
        }

        return text;
    }
}
