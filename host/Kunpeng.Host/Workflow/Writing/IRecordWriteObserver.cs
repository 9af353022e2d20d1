namespace Kunpeng.Host.Workflow.Writing;

/// <summary>Told, after each committed write, which record sets it changed (to drop what a cache remembers of them).</summary>
public interface IRecordWriteObserver
{
    void Committed(IReadOnlyCollection<string> recordSets);
}
