namespace Kunpeng.Host.Plugins;

/// <summary>A plugin was refused at one load step; the message is meant for the person deploying it.</summary>
public sealed class PluginLoadException : Exception
{
    public PluginLoadException(PluginStatus status, string reason, Exception? inner = null)
        : base(reason, inner) => Status = status;

    public PluginStatus Status { get; }
}
