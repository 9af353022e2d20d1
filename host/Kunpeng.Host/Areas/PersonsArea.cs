using Kunpeng.Host.Api;
using Kunpeng.Host.Workflow.Persons;
using Kunpeng.Registry;

namespace Kunpeng.Host.Areas;

/// <summary>The talent database (本土人才信息库): persons, one per resident ID, and their history.</summary>
public sealed class PersonsArea : KunpengArea
{
    public override void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddSingleton<PersonService>();

    public override IEnumerable<IndexDefinition> Indexes => PersonService.Indexes;

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapPersonsApi();
}
