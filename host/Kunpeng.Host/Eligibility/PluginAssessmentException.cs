namespace Kunpeng.Host.Eligibility;

/// <summary>A plugin's <c>Assess</c> threw: the plugin is at fault, and the answer should say which one.</summary>
public sealed class PluginAssessmentException(string domainId, string pluginVersion, Exception inner)
    : Exception($"The '{domainId}' plugin ({pluginVersion}) failed while assessing: {inner.GetType().Name}: {inner.Message}", inner)
{
    public string DomainId { get; } = domainId;

    public string PluginVersion { get; } = pluginVersion;
}
