using System.Runtime.CompilerServices;

namespace Kunpeng.PluginKit;

/// <summary>
/// A check's results for the small values of a scale (an enum such as 学历, or a level 1–5), made
/// once each: such a check's result depends on the value alone. Values that are not a 32-bit
/// integer from 0 to 15 are not kept.
/// </summary>
internal sealed class SmallValues<T>
{
    private const int Count = 16;
    private readonly CheckResult?[] results = new CheckResult?[Count];

    /// <summary>The result kept for <paramref name="value"/>, or null; <paramref name="index"/> is where to keep one (−1: not kept).</summary>
    public CheckResult? Find(T value, out int index)
    {
        index = -1;
        if (!RuntimeHelpers.IsReferenceOrContainsReferences<T>() && Unsafe.SizeOf<T>() == sizeof(int))
        {
            var number = Unsafe.As<T, int>(ref value);
            if (number is >= 0 and < Count)
            {
                index = number;
                return results[number];
            }
        }

        return null;
    }

    /// <summary>Keeps <paramref name="result"/> at <paramref name="index"/> (from <see cref="Find"/>) and returns it.</summary>
    public CheckResult Keep(int index, CheckResult result)
    {
        if (index >= 0)
        {
            results[index] = result;
        }

        return result;
    }
}
