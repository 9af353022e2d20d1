namespace Kunpeng.Registry.Tests;

public enum SampleStatus
{
    Draft,
    Submitted,
    Selected,
}

/// <summary>A record shaped like the workflow's: string id, version, enum, dates, an array, a nested object.</summary>
public sealed class Sample : IVersionedRecord
{
    public static readonly RecordSet<Sample> Set = new("samples");

    public string Id { get; set; } = "";
    public int Version { get; set; } = 1;
    public string DomainId { get; set; } = "";
    public string Name { get; set; } = "";
    public int Year { get; set; }
    public SampleStatus Status { get; set; }
    public DateOnly Deadline { get; set; }
    public DateTime? SubmittedUtc { get; set; }
    public List<string> ReviewerIds { get; set; } = [];
    public SamplePanel? Panel { get; set; }
    public string? Key { get; set; }
}

public sealed class SamplePanel
{
    public string Result { get; set; } = "";
}

public sealed class SampleEvent : ISequencedRecord
{
    public static readonly RecordSet<SampleEvent> Set = new("sample_events");

    public long Id { get; set; }
    public string What { get; set; } = "";
}
