using Kunpeng.Host.Workflow.Acceptance;
using Kunpeng.Host.Workflow.Cycles;
using Kunpeng.Host.Workflow.Determinations;
using Kunpeng.Host.Workflow.Documents;
using Kunpeng.Host.Workflow.Engagement;
using Kunpeng.Host.Workflow.Grants;
using Kunpeng.Host.Workflow.Implementation;
using Kunpeng.Host.Workflow.Nominations;
using Kunpeng.Host.Workflow.Persons;
using Kunpeng.Host.Workflow.Plans;
using Kunpeng.Host.Workflow.Reviews;
using Kunpeng.Host.Workflow.Tasks;

namespace Kunpeng.Host.Demo;

/// <summary>
/// The workflow services the API calls, as the demo calls them: every demo write goes through the
/// same scope checks, validation, registry transactions and audit trail as a request would.
/// </summary>
public sealed record DemoServices(
    CycleService Cycles,
    PersonService Persons,
    NominationService Nominations,
    DocumentStore Documents,
    ReviewService Reviews,
    DeterminationService Determinations,
    PlanService Plans,
    ImplementationService Implementation,
    AcceptanceService Acceptance,
    GrantService Grants,
    TaskTableService Tasks,
    EngagementService Engagement);
