namespace Kunpeng.Host.Workflow.Dashboard;

/// <summary>Registers the dashboard.</summary>
public static class DashboardServiceCollectionExtensions
{
    public static IServiceCollection AddKunpengDashboard(this IServiceCollection services) => services.AddSingleton<DashboardService>();
}
