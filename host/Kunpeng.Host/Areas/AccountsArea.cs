using Kunpeng.Host.Api;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Writing;
using Kunpeng.Registry;

namespace Kunpeng.Host.Areas;

/// <summary>Local accounts, their passwords and tokens, logins, and the first administrator created at first run.</summary>
public sealed class AccountsArea : KunpengArea
{
    public override void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<AccountPasswords>();
        services.AddSingleton<AccountStore>();
        services.AddSingleton<SigningKeyStore>();
        services.AddSingleton<TokenIssuer>();
        services.Configure<LoginOptions>(configuration.GetSection(LoginOptions.Section));
        services.AddSingleton<LoginLockout>();
        services.AddSingleton<LoginService>();
        services.AddLoginRateLimits(configuration);
        services.AddSingleton<AccountSessions>();
        services.AddSingleton<IRecordWriteObserver>(sp => sp.GetRequiredService<AccountSessions>());
        services.AddHostedService<AdminBootstrap>();
    }

    public override IEnumerable<IndexDefinition> Indexes => AccountStore.Indexes;

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapAuthApi();
}
