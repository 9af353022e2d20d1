using Autofac.Extensions.DependencyInjection;
using Kunpeng.Host.Areas;
using Kunpeng.Host.Api;
using Kunpeng.Host.Demo;
using Kunpeng.Host.Health;
using Kunpeng.Host.Hosting;
using Kunpeng.Host.Security;
using Kunpeng.Host.WebClient;
using Kunpeng.Host.Workflow.Cycles;
using Kunpeng.Host.Workflow.Determinations;
using Kunpeng.Host.Workflow.Reviews;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

var areas = HostAreas.All();

var builder = WebApplication.CreateBuilder(DemoSeedFlag.Apply(args));
builder.Host.UseServiceProviderFactory(new AutofacServiceProviderFactory());
builder.Services
    .AddKunpengRegistry(builder.Configuration)
    .AddKunpengPlugins(builder.Configuration)
    .AddKunpengAuth(builder.Configuration)
    .AddKunpengEligibility(builder.Configuration)
    .AddKunpengAreas(builder.Configuration, areas)
    .AddKunpengApi()
    .AddKunpengLocalization(builder.Configuration)
    .AddKunpengWorkflowSteps6To10(builder.Configuration)
    .AddKunpengDemo(builder.Configuration);

var app = builder.Build();
app.UseKunpengLocalization();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseKunpengSwagger();
app.UseKunpengWebClient();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UseMiddleware<Kunpeng.Host.Api.Input.QueryStringGate>();
app.UseMiddleware<Kunpeng.Host.Api.Input.RequestBodyGate>();
app.MapHealthChecks("/health", new() { ResponseWriter = HealthResponseWriter.Write });
app.MapPluginsApi();
app.MapDomainsApi();
app.MapCriteriaApi();
app.MapEligibilityApi();
app.MapKunpengAreas(areas);
app.MapWorkflowStagesApi();
app.MapAuditApi();
app.MapAcceptanceApi();
app.MapGrantsApi();
app.MapDashboardApi();

app.Lifetime.ApplicationStarted.Register(() =>
{
    var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
    foreach (var address in addresses)
    {
        var shown = address.Replace("[::]", "localhost", StringComparison.Ordinal);
        app.Logger.LogInformation("Web application: {Address}/  Swagger UI: {Address}/swagger", shown, shown);
    }
});

app.Run();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
