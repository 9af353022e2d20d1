using Kunpeng.Abstractions;
using Kunpeng.Host.Eligibility.Models;
using Kunpeng.Host.Eligibility.Profiles;
using Kunpeng.Host.Plugins;
using Microsoft.Extensions.Options;

namespace Kunpeng.Host.Eligibility;

/// <summary>
/// The eligibility workflow, the same for one profile and for a spreadsheet of them: request →
/// validated profiles → each domain's <c>Assess</c> under one <see cref="PluginLease"/> per domain
/// per request → verdicts derived by the host → host-owned response. The endpoints only read the
/// body and map the result to HTTP; the benchmark calls <see cref="Screen"/> directly. Nothing is stored.
/// </summary>
public sealed class EligibilityScreening(
    DomainPluginCatalog catalog, IOptions<EligibilityOptions> options, TimeProvider clock, ILogger<EligibilityScreening> logger)
{
    private const string InvalidTitle = "The request is not valid";
    private const string MissingProfile = "Required: the candidate's facts, as an object (every fact in it is optional).";

    /// <summary>Checks one profile against every tier of one domain, explaining each condition.</summary>
    /// <param name="domainId">The domain, e.g. education.</param>
    /// <param name="request">Reference date and profile.</param>
    public EligibilityResult<EligibilityResponse> Assess(string domainId, EligibilityRequest request)
    {
        if (!catalog.TryAcquire(domainId, out var lease))
        {
            return Failure<EligibilityResponse>(EligibilityProblemKind.UnknownDomain, domainId);
        }

        if (lease.Plugin.Criteria is null)
        {
            lease.Dispose();
            return Failure<EligibilityResponse>(EligibilityProblemKind.NoCriteria, domainId);
        }

        LeasedDomain domain;
        try
        {
            domain = new LeasedDomain(lease);
        }
        catch (PluginAssessmentException e)
        {
            return PluginFailed<EligibilityResponse>(e.DomainId, e.PluginVersion, e, profileId: null);
        }

        using var held = domain;
        var errors = new ValidationErrors();
        RequireReferenceDate(request.ReferenceDate, errors);
        var schema = FactSchema.For([(domain.Id, domain.Facts)]);
        var profile = ValidateProfile(request.Profile, "profile", schema, Today(), errors);
        if (errors.Any)
        {
            return new EligibilityResult<EligibilityResponse>(errors.ToProblem(InvalidTitle));
        }

        var referenceDate = request.ReferenceDate!.Value;
        try
        {
            var assessments = domain.Assess(profile!, referenceDate);
            var tiers = new TierResult[domain.Tiers.Count];
            for (var t = 0; t < tiers.Length; t++)
            {
                var tier = domain.Tiers[t];
                var assessment = OutcomeMatching.For(assessments, tier, t);
                tiers[t] = EligibilityViews.Tier(tier, domain.TierNameZh(t), assessment, VerdictDerivation.Derive(domain.Conditions(t), assessment.Outcomes));
            }

            return new EligibilityResult<EligibilityResponse>(new EligibilityResponse(domain.Id, domain.Version, referenceDate, tiers));
        }
        catch (Exception e) when (e is PluginAssessmentException or CriteriaContractViolationException)
        {
            return PluginFailed<EligibilityResponse>(domain, e, profileId: null);
        }
    }

    /// <summary>
    /// Checks many profiles against every tier of the chosen domains (all active domains with criteria
    /// when none are chosen). Every profile is validated before any is assessed: one bad cell refuses
    /// the batch, with every bad field of every profile named.
    /// </summary>
    /// <param name="request">Reference date, domains and profiles.</param>
    /// <param name="detail">Compact verdicts, or the full per-condition explanation.</param>
    public EligibilityResult<ScreeningResponse> Screen(ScreeningRequest request, ScreeningDetail detail)
    {
        var max = detail == ScreeningDetail.Full
            ? Math.Min(options.Value.MaxProfilesPerFullScreening, options.Value.MaxProfilesPerScreening)
            : options.Value.MaxProfilesPerScreening;
        if (request.Profiles is { Count: var count } && count > max)
        {
            return new EligibilityResult<ScreeningResponse>(new EligibilityProblem(
                EligibilityProblemKind.TooManyProfiles,
                "Too many profiles",
                $"The request carries {count:N0} profiles; one screening takes at most {max:N0}. Split the list into batches of {max:N0} or fewer."));
        }

        var errors = new ValidationErrors();
        RequireReferenceDate(request.ReferenceDate, errors);
        var domains = new List<LeasedDomain>();
        try
        {
            AcquireDomains(request.Domains, domains, errors);
            if (domains.Count == 0 && !errors.Any)
            {
                return Failure<ScreeningResponse>(EligibilityProblemKind.NoCriteria, domainId: null);
            }

            var schema = FactSchema.For(domains.Select(d => (d.Id, d.Facts)), complete: !errors.Any);
            var profiles = ValidateProfiles(request.Profiles, schema, errors);
            if (errors.Any)
            {
                return new EligibilityResult<ScreeningResponse>(errors.ToProblem(InvalidTitle));
            }

            return ScreenValid(request.Profiles!, profiles, domains, request.ReferenceDate!.Value, detail);
        }
        catch (PluginAssessmentException e)
        {
            // Only reading a plugin's criteria while leasing gets here; Assess failures are answered in ScreenValid.
            return PluginFailed<ScreeningResponse>(e.DomainId, e.PluginVersion, e, profileId: null);
        }
        finally
        {
            foreach (var domain in domains)
            {
                domain.Dispose();
            }
        }
    }

    private EligibilityResult<ScreeningResponse> ScreenValid(
        List<ScreeningProfile> requests, CandidateProfile[] profiles, List<LeasedDomain> domains, DateOnly referenceDate, ScreeningDetail detail)
    {
        // Compact answers recur across profiles: each distinct one is built once per request and shared.
        var compact = detail == ScreeningDetail.Compact ? domains.ConvertAll(d => new CompactAnswers(d)) : null;
        var results = new ProfileScreening[profiles.Length];
        for (var p = 0; p < profiles.Length; p++)
        {
            var verdicts = new DomainVerdicts[domains.Count];
            for (var d = 0; d < domains.Count; d++)
            {
                var domain = domains[d];
                try
                {
                    var assessments = domain.Assess(profiles[p], referenceDate);
                    verdicts[d] = compact is null ? Full(domain, assessments) : compact[d].For(assessments);
                }
                catch (Exception e) when (e is PluginAssessmentException or CriteriaContractViolationException)
                {
                    return PluginFailed<ScreeningResponse>(domain, e, requests[p].Id);
                }
            }

            results[p] = new ProfileScreening(requests[p].Id!, verdicts);
        }

        var screened = domains.Select(d => new ScreenedDomain(d.Id, d.NameZh, d.Version)).ToArray();
        return new EligibilityResult<ScreeningResponse>(new ScreeningResponse(referenceDate, detail, screened, results));
    }

    /// <summary>One profile's full answer in one domain: every condition's outcome, as the single-profile endpoint explains it.</summary>
    private static DomainVerdicts Full(LeasedDomain domain, IReadOnlyList<TierAssessment> assessments)
    {
        var tiers = new ScreenedTier[domain.Tiers.Count];
        for (var t = 0; t < tiers.Length; t++)
        {
            var tier = domain.Tiers[t];
            var assessment = OutcomeMatching.For(assessments, tier, t);
            var verdict = VerdictDerivation.Derive(domain.Conditions(t), assessment.Outcomes);
            tiers[t] = EligibilityViews.Screened(tier, domain.TierNameZh(t), assessment, verdict, ScreeningDetail.Full);
        }

        return new DomainVerdicts(domain.Id, tiers);
    }

    /// <summary>
    /// Leases each chosen domain once for the whole request (or every active domain with criteria).
    /// Unknown ids and domains without criteria are reported by their place in <c>domains</c>.
    /// </summary>
    private void AcquireDomains(List<string>? requested, List<LeasedDomain> domains, ValidationErrors errors)
    {
        if (requested is not { Count: > 0 })
        {
            var leases = catalog.AcquireAll();
            for (var i = 0; i < leases.Count; i++)
            {
                try
                {
                    if (leases[i].Plugin.Criteria is null)
                    {
                        leases[i].Dispose();
                    }
                    else
                    {
                        domains.Add(new LeasedDomain(leases[i]));
                    }
                }
                catch
                {
                    // The failed one released its own lease; the ones not yet taken over are released here.
                    for (var rest = i + 1; rest < leases.Count; rest++)
                    {
                        leases[rest].Dispose();
                    }

                    throw;
                }
            }

            return;
        }

        for (var i = 0; i < requested.Count; i++)
        {
            var id = requested[i];
            if (string.IsNullOrEmpty(id) || domains.Exists(d => d.Id == id))
            {
                if (string.IsNullOrEmpty(id))
                {
                    errors.Add($"domains[{i}]", "A domain id must not be empty.");
                }

                continue;
            }

            if (!catalog.TryAcquire(id, out var lease))
            {
                errors.Add($"domains[{i}]", $"Unknown domain '{id}'. Domains being served: {string.Join(", ", catalog.ActiveIds)}.");
            }
            else if (lease.Plugin.Criteria is null)
            {
                lease.Dispose();
                errors.Add($"domains[{i}]", $"Domain '{id}' is served, but its plugin provides no criteria to screen against.");
            }
            else
            {
                domains.Add(new LeasedDomain(lease));
            }
        }
    }

    private CandidateProfile[] ValidateProfiles(List<ScreeningProfile>? requests, FactSchema schema, ValidationErrors errors)
    {
        if (requests is not { Count: > 0 })
        {
            errors.Add("profiles", "Required: at least one { \"id\": ..., \"profile\": { ... } }.");
            return [];
        }

        var today = Today();
        var profiles = new CandidateProfile[requests.Count];
        var firstIndexOfId = new Dictionary<string, int>(requests.Count, StringComparer.Ordinal);
        for (var i = 0; i < requests.Count; i++)
        {
            var item = requests[i];
            if (item is null)
            {
                errors.Add($"profiles[{i}]", "Expected an object { \"id\": ..., \"profile\": { ... } }, got null.");
                continue;
            }

            if (string.IsNullOrWhiteSpace(item.Id))
            {
                errors.Add($"profiles[{i}].id", "Required: the candidate's id, unique in the request.");
            }
            else if (!firstIndexOfId.TryAdd(item.Id, i))
            {
                errors.Add($"profiles[{i}].id", $"'{item.Id}' is also the id of profiles[{firstIndexOfId[item.Id]}]; ids must be unique, since results are keyed by them.");
            }

            // The path is spelled out only for a profile with errors: a valid batch builds no strings.
            if (item.Profile is null)
            {
                errors.Add($"profiles[{i}].profile", MissingProfile);
            }
            else if (ProfileValidator.TryValidate(item.Profile, schema, today, out var profile, out var profileErrors))
            {
                profiles[i] = profile!;
            }
            else
            {
                errors.AddAll($"profiles[{i}].profile", profileErrors!);
            }
        }

        return profiles;
    }

    private static CandidateProfile? ValidateProfile(ProfileInput? input, string path, FactSchema schema, DateOnly today, ValidationErrors errors)
    {
        if (input is null)
        {
            errors.Add(path, MissingProfile);
            return null;
        }

        if (ProfileValidator.TryValidate(input, schema, today, out var profile, out var profileErrors))
        {
            return profile;
        }

        errors.AddAll(path, profileErrors!);
        return null;
    }

    private static void RequireReferenceDate(DateOnly? referenceDate, ValidationErrors errors)
    {
        if (referenceDate is null)
        {
            errors.Add("referenceDate", "Required: the date ages and \"last five years\" are computed at (yyyy-MM-dd), normally the cycle's nomination deadline.");
        }
    }

    /// <summary>The local date: the programme is the district's, and an ID born "tomorrow" there is not valid today.</summary>
    private DateOnly Today() => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    private EligibilityResult<T> PluginFailed<T>(LeasedDomain domain, Exception e, string? profileId) where T : class =>
        PluginFailed<T>(domain.Id, domain.Version, e, profileId);

    private EligibilityResult<T> PluginFailed<T>(string domainId, string version, Exception e, string? profileId) where T : class
    {
        logger.LogError(e, "Plugin {Domain} {Version} failed assessing profile {ProfileId}.", domainId, version, profileId);
        var what = e is CriteriaContractViolationException
            ? $"The '{domainId}' plugin ({version}) returned an assessment that does not fit its own criteria: {e.Message}"
            : e.Message;
        var which = profileId is null ? "" : $" (profile '{profileId}')";
        return new EligibilityResult<T>(new EligibilityProblem(
            EligibilityProblemKind.PluginFailed,
            "A domain plugin failed",
            $"{what}{which}. No verdict was derived; the plugin needs fixing.",
            DomainId: domainId));
    }

    private static EligibilityResult<T> Failure<T>(EligibilityProblemKind kind, string? domainId) where T : class =>
        new EligibilityResult<T>(kind switch
        {
            EligibilityProblemKind.UnknownDomain => new EligibilityProblem(kind, "Unknown domain",
                $"No active domain plugin serves the id '{domainId}'. GET /api/domains lists the domains being served.", DomainId: domainId),
            _ when domainId is null => new EligibilityProblem(kind, "No criteria",
                "No active domain plugin provides criteria, so there is nothing to screen against. GET /api/plugins shows what is loaded."),
            _ => new EligibilityProblem(kind, "No criteria",
                $"Domain '{domainId}' is served, but its plugin provides no criteria (IDomainCriteria).", DomainId: domainId),
        });
}
