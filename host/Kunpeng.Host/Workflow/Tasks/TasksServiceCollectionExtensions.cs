using Kunpeng.Host.Workflow.Plans;

namespace Kunpeng.Host.Workflow.Tasks;

/// <summary>Registers step 9 (task decomposition tables).</summary>
public static class TasksServiceCollectionExtensions
{
    public static IServiceCollection AddKunpengTasks(this IServiceCollection services)
    {
        services.AddSingleton<TaskTableService>();
        return RegistryIndexStartup.Add(services, "tasks", TaskTableService.EnsureIndexes);
    }
}
