namespace Kunpeng.Host.Workflow.Documents;

/// <summary>Registers document storage; removes files a crash left unreferenced at every start.</summary>
public static class DocumentsRegistration
{
    public static IServiceCollection AddKunpengDocuments(this IServiceCollection services)
    {
        services.AddSingleton<DocumentStore>();
        services.AddHostedService<DocumentsStartup>();
        return services;
    }

    private sealed class DocumentsStartup(DocumentStore documents) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            documents.RemoveOrphans();
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
