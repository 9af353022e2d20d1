namespace Kunpeng.Registry;

/// <summary>A record kept by its own string id (a nomination, a cycle, an account).</summary>
public interface IRecord
{
    string Id { get; }
}
