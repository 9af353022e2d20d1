using System.Runtime.CompilerServices;

namespace Kunpeng.PluginKit;

/// <summary>
/// Pairs of texts compared as the same instances. The texts a composite is made of come from its
/// parts' kept results (literals, phrases made once), so the same text is the same instance and
/// hashing the reference is enough; an equal text in another instance is only a miss, composed again.
/// </summary>
internal sealed class SameStrings : IEqualityComparer<(string?, string?)>
{
    public static SameStrings Instance { get; } = new();

    public bool Equals((string?, string?) x, (string?, string?) y) => ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

    public int GetHashCode((string?, string?) pair) =>
        HashCode.Combine(RuntimeHelpers.GetHashCode(pair.Item1), RuntimeHelpers.GetHashCode(pair.Item2));
}
