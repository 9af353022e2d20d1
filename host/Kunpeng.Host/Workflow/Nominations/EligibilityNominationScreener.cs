using System.Text.Json;
using Kunpeng.Abstractions;
using Kunpeng.Host.Eligibility;
using Kunpeng.Host.Eligibility.Models;
using Kunpeng.Host.Eligibility.Profiles;
using Kunpeng.Host.Problems;

namespace Kunpeng.Host.Workflow.Nominations;

/// <summary>
/// Screens a nomination with the eligibility service (the domain's criteria, verdicts derived by the
/// host) and copies the applied-for tier's result into a host-owned <see cref="Screening"/>.
/// </summary>
public sealed class EligibilityNominationScreener(EligibilityScreening eligibility) : INominationScreener
{
    public Screening Screen(string domainId, string tier, string profileJson, string residentId, DateOnly referenceDate)
    {
        ProfileInput profile;
        try
        {
            profile = JsonSerializer.Deserialize<ProfileInput>(profileJson, EligibilityJson.Options)
                ?? throw new InputValidationException("profile", "A JSON object of facts.");
        }
        catch (JsonException e)
        {
            throw new InputValidationException("profile", $"Not a profile: {e.Message}");
        }

        // The person's validated resident ID is the one that counts, whatever the facts say.
        profile.ResidentId = residentId;
        var result = eligibility.Assess(domainId, new EligibilityRequest { ReferenceDate = referenceDate, Profile = profile });
        if (result.Problem is { } problem)
        {
            throw problem.Kind switch
            {
                EligibilityProblemKind.InvalidInput => new InputValidationException(problem.Errors?.ToDictionary(e => e.Key, e => e.Value)
                    ?? new Dictionary<string, string[]> { ["profile"] = [problem.Detail] }),
                EligibilityProblemKind.UnknownDomain or EligibilityProblemKind.NoCriteria => new ConflictException(problem.Title, problem.Detail),
                _ => new InvalidOperationException(problem.Detail),
            };
        }

        var response = result.Value!;
        var screened = response.Tiers.FirstOrDefault(t => t.Tier == tier)
            ?? throw new InputValidationException("tier", $"The {domainId} criteria have no tier '{tier}'.");
        bool Decisive(ConditionResult c) => c.Kind is ConditionKind.Hard or ConditionKind.General;
        return new Screening
        {
            PluginId = response.DomainId,
            PluginVersion = response.PluginVersion,
            // Stored as midnight UTC of the date, as every date-only value of the registry.
            ReferenceDate = response.ReferenceDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            Tier = screened.Tier,
            Verdict = WireNames.Of(screened.Verdict),
            NotMet = screened.Conditions.Where(c => Decisive(c) && c.Status == ConditionStatus.NotMet).Select(c => c.Id).ToList(),
            Undecided = screened.Conditions.Where(c => Decisive(c) && c.Status == ConditionStatus.Undecided).Select(c => c.Id).ToList(),
            MissingFacts = screened.MissingFacts.ToList(),
            Conditions = screened.Conditions.Select(c => new ScreenedCondition
            {
                Id = c.Id,
                Clause = c.Clause ?? "",
                TextZh = c.TextZh ?? "",
                Kind = c.Kind is { } k ? WireNames.Of(k) : "",
                Status = WireNames.Of(c.Status),
                Found = c.Found,
                Required = c.Required,
            }).ToList(),
        };
    }
}
