using Microsoft.Extensions.Options;

namespace Kunpeng.Host.Security;

/// <summary>On first run (no account at all), creates the Talent Office administrator from configuration.</summary>
internal sealed class AdminBootstrap(AccountStore accounts, IOptions<AuthOptions> options, ILogger<AdminBootstrap> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (accounts.Any())
        {
            return Task.CompletedTask;
        }

        var admin = options.Value.BootstrapAdmin;
        if (string.IsNullOrWhiteSpace(admin.UserName) || string.IsNullOrWhiteSpace(admin.Password))
        {
            logger.LogWarning("No account exists and Kunpeng:Auth:BootstrapAdmin is not configured: nobody can log in until it is.");
            return Task.CompletedTask;
        }

        accounts.Create(Actor.System, new NewAccount(admin.UserName, admin.Password, admin.DisplayName, KunpengRoles.TalentOffice, null, null));
        logger.LogInformation("Created the Talent Office administrator '{UserName}' from configuration.", admin.UserName);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
