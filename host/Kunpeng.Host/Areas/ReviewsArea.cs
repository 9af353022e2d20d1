using Kunpeng.Host.Api;
using Kunpeng.Host.Workflow.Reviews;
using Kunpeng.Registry;

namespace Kunpeng.Host.Areas;

/// <summary>Expert review: the cycle's panel, reviewer assignments, conflicts of interest, reviews and the panel's result.</summary>
public sealed class ReviewsArea : KunpengArea
{
    public override void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddSingleton<ReviewService>();

    public override IEnumerable<IndexDefinition> Indexes => ReviewService.Indexes;

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapReviewsApi();
}
