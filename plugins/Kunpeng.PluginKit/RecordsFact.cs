using Kunpeng.Abstractions;

namespace Kunpeng.PluginKit;

/// <summary>
/// A fact whose value is a list of dated records (papers, research projects, key projects, honours),
/// which "近五年" conditions count. Each record type says for itself when it falls inside the
/// window, because "a paper written in 2012" and "a project still ongoing" are dated differently.
/// </summary>
/// <typeparam name="TRecord">The record type, e.g. <see cref="PaperRecord"/>.</typeparam>
public sealed class RecordsFact<TRecord> : Fact<IReadOnlyList<TRecord>>
{
    private readonly Func<TRecord, LastFiveYears, bool> fallsWithin;

    internal RecordsFact(
        FactDefinition definition,
        string labelZh,
        Func<CandidateProfile, IReadOnlyList<TRecord>?> records,
        Func<TRecord, LastFiveYears, bool> fallsWithin)
        : base(definition, labelZh, profile => records(profile) is { } list ? (true, list) : (false, []))
    {
        this.fallsWithin = fallsWithin;
    }

    /// <summary>Whether a record counts as being within the window.</summary>
    public bool FallsWithin(TRecord record, LastFiveYears window) => fallsWithin(record, window);
}
