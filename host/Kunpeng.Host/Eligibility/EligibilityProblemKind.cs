namespace Kunpeng.Host.Eligibility;

/// <summary>Why an eligibility request was not answered with verdicts.</summary>
public enum EligibilityProblemKind
{
    /// <summary>The request or a profile in it is invalid (400, errors by JSON path).</summary>
    InvalidInput,
    /// <summary>No active plugin serves the domain (404).</summary>
    UnknownDomain,
    /// <summary>The domain is served, but its plugin provides no criteria (404).</summary>
    NoCriteria,
    /// <summary>More profiles than one screening request may carry (413).</summary>
    TooManyProfiles,
    /// <summary>A plugin failed or broke the criteria contract while assessing (500).</summary>
    PluginFailed,
}
