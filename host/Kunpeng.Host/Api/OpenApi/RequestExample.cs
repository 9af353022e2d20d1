namespace Kunpeng.Host.Api.OpenApi;

/// <summary>Endpoint metadata: a realistic JSON request body for Swagger UI to prefill, so trying the API starts from a meaningful case.</summary>
/// <param name="Json">The example body.</param>
public sealed record RequestExample(string Json);
