using Bunit;
using Kunpeng.Web.Api;
using Kunpeng.Web.Api.Models;
using Kunpeng.Web.Components;
using Kunpeng.Web.Inbox;
using Kunpeng.Web.Session;
using Kunpeng.Web.Text;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Kunpeng.Web.Tests;

/// <summary>A bUnit context with the client's services, the faked API and a session for the given role.</summary>
public sealed class WebTestContext : BunitContext
{
    public WebTestContext(string? role = null, string? domainId = null, string? unit = null)
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        ChineseCulture.Apply();
        Services.AddMudServices();
        Services.AddTransient<MudLocalizer, ChineseMudLocalizer>();
        Services.AddSingleton(Session);
        Services.AddScoped(_ => new HttpClient(Api) { BaseAddress = new Uri("http://localhost/") });
        Services.AddScoped<KunpengApi>();
        Services.AddScoped<LoginService>();
        Services.AddScoped<DomainDirectory>();
        Services.AddScoped<FileSaver>();
        Services.AddScoped<InboxService>();
        Api.On("GET", "/api/domains", Json.Domains);
        Api.On("GET", "/api/domains/education", Json.EducationDetail);
        Api.On("GET", "/api/domains/education/criteria", Json.EducationCriteria);
        if (role is not null)
        {
            Session.SignIn("token-1", 3600, new Me("acc-1", "测试用户", role, domainId, unit), null, null);
        }
    }

    public FakeApi Api { get; } = new();

    public UserSession Session { get; } = new();

    /// <summary>Renders a page inside the popover provider MudBlazor's selects need.</summary>
    public IRenderedComponent<MudPopoverProvider> RenderProviders() => Render<MudPopoverProvider>();
}
