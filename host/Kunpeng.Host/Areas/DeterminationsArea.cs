using Kunpeng.Host.Api;
using Kunpeng.Host.Workflow.Determinations;
using Kunpeng.Registry;

namespace Kunpeng.Host.Areas;

/// <summary>The bureau's list per tier against the quota, and the Talent Office's quota tolerance (seeded from configuration on first start).</summary>
public sealed class DeterminationsArea : KunpengArea
{
    public override void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<QuotaTolerance>();
        services.AddSingleton<DeterminationService>();
        services.AddHostedService<DeterminationsStartup>();
    }

    public override IEnumerable<IndexDefinition> Indexes => DeterminationService.Indexes;

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapDeterminationsApi();
        endpoints.MapSettingsApi();
    }

    private sealed class DeterminationsStartup(QuotaTolerance tolerance) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            tolerance.Seed();
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
