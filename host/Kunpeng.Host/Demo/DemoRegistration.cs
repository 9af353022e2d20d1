namespace Kunpeng.Host.Demo;

/// <summary>Registers the seeded demo; call last, so its startup runs after every other one.</summary>
public static class DemoRegistration
{
    public static IServiceCollection AddKunpengDemo(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DemoOptions>(configuration.GetSection(DemoOptions.Section));
        services.AddSingleton<DemoServices>();
        services.AddSingleton<DemoCalendar>();
        services.AddSingleton<DemoSeeder>();
        services.AddHostedService<DemoStartup>();
        return services;
    }
}
