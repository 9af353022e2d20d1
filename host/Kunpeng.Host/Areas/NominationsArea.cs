using Kunpeng.Host.Api;
using Kunpeng.Host.Workflow.Nominations;
using Kunpeng.Host.Workflow.Writing;
using Kunpeng.Registry;

namespace Kunpeng.Host.Areas;

/// <summary>Nominations from draft to submitted, screened through the eligibility service; their stage table serves every area's moves.</summary>
public sealed class NominationsArea : KunpengArea
{
    public override void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IDescribedStageTable>(NominationStages.Table);
        services.AddSingleton<INominationScreener, EligibilityNominationScreener>();
        services.AddSingleton<NominationListTotals>();
        services.AddSingleton<IRecordWriteObserver>(sp => sp.GetRequiredService<NominationListTotals>());
        services.AddSingleton<NominationService>();
    }

    public override IEnumerable<IndexDefinition> Indexes => NominationService.Indexes;

    public override IEnumerable<RegistryMigration> Migrations => NominationService.Migrations;

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapNominationsApi();
}
