using Kunpeng.Host.Workflow.Documents;

namespace Kunpeng.Host.Areas;

/// <summary>A nomination's supporting documents (their endpoints are the nominations'); files a crash left unreferenced go at every start.</summary>
public sealed class DocumentsArea : KunpengArea
{
    public override void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<DocumentStore>();
        services.AddHostedService<DocumentsStartup>();
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
