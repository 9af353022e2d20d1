using Kunpeng.Host.Problems;
using Microsoft.Extensions.Options;

namespace Kunpeng.Host.Demo;

/// <summary>
/// Seeds the demo when the host starts with <c>Kunpeng:Demo:Seed</c>; registered after every other
/// startup, so the plugins are scanned, the registry's indexes and settings are in place and the
/// bootstrap administrator exists. A failure is logged and the host serves on.
/// </summary>
internal sealed class DemoStartup(DemoSeeder seeder, IOptions<DemoOptions> options, ILogger<DemoStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Seed)
        {
            return;
        }

        try
        {
            await seeder.SeedAsync(cancellationToken);
        }
        catch (KunpengProblemException e)
        {
            var errors = e is InputValidationException invalid
                ? string.Join("; ", invalid.Errors.Select(kv => $"{kv.Key}: {string.Join(" ", kv.Value)}"))
                : "";
            logger.LogError(e, "Seeding the demo failed ({Detail} {Errors}); the registry keeps what was written before. Seed again into an empty data folder.",
                e.Message, errors);
        }
        catch (InvalidOperationException e)
        {
            logger.LogError(e, "Seeding the demo failed ({Detail}); the registry keeps what was written before. Seed again into an empty data folder.", e.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
