using Kunpeng.Web.Api.Models;

namespace Kunpeng.Web.Api;

/// <summary>
/// The domains, their organizer data and criteria, asked for once per page load and kept for the
/// tab's life (plugins change rarely; a reload of the page asks again).
/// </summary>
public sealed class DomainDirectory(KunpengApi api)
{
    private IReadOnlyList<DomainSummary>? _domains;
    private readonly Dictionary<string, DomainDetail> _details = [];
    private readonly Dictionary<string, DomainCriteria> _criteria = [];

    public async Task<IReadOnlyList<DomainSummary>> AllAsync()
    {
        if (_domains is null)
        {
            var result = await api.GetAsync<List<DomainSummary>>("api/domains");
            _domains = result.Value ?? [];
        }

        return _domains;
    }

    public async Task<string> NameAsync(string domainId) =>
        (await AllAsync()).FirstOrDefault(d => d.Id == domainId)?.NameZh ?? domainId;

    public async Task<DomainDetail?> DetailAsync(string domainId)
    {
        if (!_details.TryGetValue(domainId, out var detail))
        {
            var result = await api.GetAsync<DomainDetail>($"api/domains/{domainId}");
            if (result.Value is null)
            {
                return null;
            }

            _details[domainId] = detail = result.Value;
        }

        return detail;
    }

    public async Task<DomainCriteria?> CriteriaAsync(string domainId)
    {
        if (!_criteria.TryGetValue(domainId, out var criteria))
        {
            var result = await api.GetAsync<DomainCriteria>($"api/domains/{domainId}/criteria");
            if (result.Value is null)
            {
                return null;
            }

            _criteria[domainId] = criteria = result.Value;
        }

        return criteria;
    }

    /// <summary>A tier's Chinese name in a domain, e.g. 拔尖人才.</summary>
    public async Task<string> TierNameAsync(string domainId, string tier) =>
        (await DetailAsync(domainId))?.TierName(tier) ?? Text.Terms.TierFallback(tier);
}
