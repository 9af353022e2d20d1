namespace Kunpeng.Host.Workflow.Acceptance;

/// <summary>Registers step 8's acceptance.</summary>
public static class AcceptanceServiceCollectionExtensions
{
    public static IServiceCollection AddKunpengAcceptance(this IServiceCollection services) => services.AddSingleton<AcceptanceService>();
}
