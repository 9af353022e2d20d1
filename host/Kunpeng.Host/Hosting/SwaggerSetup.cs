using Kunpeng.Host.Api.OpenApi;
using Microsoft.OpenApi;

namespace Kunpeng.Host.Hosting;

/// <summary>OpenAPI document and Swagger UI, with the XML docs of the host and the contracts.</summary>
internal static class SwaggerSetup
{
    public static IServiceCollection AddKunpengSwagger(this IServiceCollection services) =>
        services.AddSwaggerGen(o =>
        {
            o.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "Kunpeng 鲲鹏工程 API",
                Version = "v1",
                Description = "本土人才培养“鲲鹏工程”: domains, criteria, nominations and the yearly cycle, served by one plugin per domain.",
            });
            // Swagger UI's Authorize dialog logs in with the password grant against the token endpoint.
            o.AddSecurityDefinition("kunpeng", new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.OAuth2,
                Description = "Log in with a Kunpeng account (first run: the bootstrap administrator from configuration).",
                Flows = new OpenApiOAuthFlows
                {
                    Password = new OpenApiOAuthFlow { TokenUrl = new Uri("/api/auth/token", UriKind.Relative), Scopes = new Dictionary<string, string>() },
                },
            });
            o.AddSecurityRequirement(document => new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("kunpeng", document)] = [] });
            // The profile's facts (shared and plugin-declared) and example requests for Swagger UI.
            o.SchemaFilter<ProfileSchemaFilter>();
            o.SchemaFilter<TextLimitSchemaFilter>();
            o.OperationFilter<RequestExampleOperationFilter>();
            foreach (var xml in new[] { "Kunpeng.Host.xml", "Kunpeng.Abstractions.xml" })
            {
                var path = Path.Combine(AppContext.BaseDirectory, xml);
                if (File.Exists(path))
                {
                    o.IncludeXmlComments(path, includeControllerXmlComments: true);
                }
            }
        });

    public static WebApplication UseKunpengSwagger(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI(o =>
        {
            o.SwaggerEndpoint("/swagger/v1/swagger.json", "Kunpeng v1");
            o.DocumentTitle = "Kunpeng 鲲鹏工程 API";
        });
        return app;
    }
}
