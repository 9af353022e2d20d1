namespace Kunpeng.Host.Workflow.Documents;

/// <summary>
/// How a domain's required documents (IntakeRules.RequiredDocumentsZh, in the rules' words) map to
/// the kinds of document a nomination carries. Decided here, once, for every domain:
/// <list type="bullet">
/// <item>身份证明 (ID proof) → <c>id-proof</c>.</item>
/// <item>学历证书 (diploma) → <c>diploma</c>.</item>
/// <item>获奖证书或者其他业绩证明 (award certificate or other proof of achievement) → either
/// <c>award-certificate</c> or <c>achievement-proof</c>: the text offers a choice, so one of them is enough.</item>
/// <item>申报表 (the application form) → nothing to upload: the nomination itself, with its profile
/// facts, is the form filled in online (the rules: 完成申报表的填报).</item>
/// <item>Anything else a plugin names → at least one document of kind <c>other</c>, so a new
/// requirement is never silently ignored.</item>
/// </list>
/// The check applies to every channel of a domain that lists required documents (culture: unit,
/// association and self-applications alike), because the rules ask them of the 申报人 whoever puts them forward.
/// </summary>
public static class RequiredDocuments
{
    public const string IdProof = "id-proof";
    public const string Diploma = "diploma";
    public const string AwardCertificate = "award-certificate";
    public const string AchievementProof = "achievement-proof";
    public const string Other = "other";

    public static readonly IReadOnlyList<string> Kinds = [IdProof, Diploma, AwardCertificate, AchievementProof, Other];

    /// <summary>The kinds that satisfy one requirement; empty when nothing needs uploading.</summary>
    public static IReadOnlyList<string> KindsFor(string requirementZh) => requirementZh switch
    {
        _ when requirementZh.Contains("申报表", StringComparison.Ordinal) => [],
        _ when requirementZh.Contains("身份", StringComparison.Ordinal) => [IdProof],
        _ when requirementZh.Contains("学历", StringComparison.Ordinal) || requirementZh.Contains("学位", StringComparison.Ordinal) => [Diploma],
        _ when requirementZh.Contains("获奖", StringComparison.Ordinal) || requirementZh.Contains("业绩", StringComparison.Ordinal) => [AwardCertificate, AchievementProof],
        _ => [Other],
    };

    /// <summary>The requirements no uploaded document satisfies.</summary>
    public static IReadOnlyList<(string TextZh, IReadOnlyList<string> Kinds)> Missing(IEnumerable<string> requirementsZh, IEnumerable<string> uploadedKinds)
    {
        var have = uploadedKinds.ToHashSet(StringComparer.Ordinal);
        return requirementsZh
            .Select(r => (TextZh: r, Kinds: KindsFor(r)))
            .Where(r => r.Kinds.Count > 0 && !r.Kinds.Any(have.Contains))
            .ToList();
    }
}
