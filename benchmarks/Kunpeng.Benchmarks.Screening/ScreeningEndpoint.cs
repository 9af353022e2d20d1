using Kunpeng.Host.Api;
using Kunpeng.Host.Eligibility;
using Kunpeng.Host.Eligibility.Models;
using Kunpeng.Host.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Kunpeng.Benchmarks.Screening;

/// <summary>
/// <c>POST /api/eligibility/screen</c> without the socket and the router: the endpoint's own handler
/// (<see cref="EligibilityApi.ScreenEligibility"/>: body read by <c>JsonBody</c> with the host's JSON
/// options, then <see cref="EligibilityScreening.Screen"/>) and its result executed as the framework
/// executes it, writing the JSON response into a response body stream. The JSON options are the
/// host's (<see cref="KunpengServiceCollectionExtensions.ConfigureJson"/> on ASP.NET Core's, as
/// <c>AddKunpengApi</c> configures them).
/// </summary>
internal sealed class ScreeningEndpoint : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly MemoryStream _responseBody = new();

    public ScreeningEndpoint(RealPlugins plugins)
    {
        _services = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .ConfigureHttpJsonOptions(o => KunpengServiceCollectionExtensions.ConfigureJson(o.SerializerOptions))
            .BuildServiceProvider();
        Screening = new EligibilityScreening(plugins.Catalog, Options.Create(new EligibilityOptions()), TimeProvider.System,
            NullLogger<EligibilityScreening>.Instance);
    }

    public EligibilityScreening Screening { get; }

    /// <summary>The response body written by the last call.</summary>
    public ReadOnlySpan<byte> LastResponse => _responseBody.GetBuffer().AsSpan(0, (int)_responseBody.Length);

    /// <summary>The whole endpoint: read, validate, screen, write. Returns the status code and the response's length.</summary>
    public async Task<(int Status, long Length)> ScreenAsync(byte[] requestBody, string? detail = null)
    {
        var http = NewContext(requestBody);
        var result = await EligibilityApi.ScreenEligibility(http, Screening, detail, CancellationToken.None);
        await result.ExecuteAsync(http);
        return (http.Response.StatusCode, _responseBody.Length);
    }

    /// <summary>
    /// The baseline: the same body read the same way (<c>JsonBody.ReadAsync</c>, the handler's first
    /// step), then <paramref name="response"/> (computed beforehand by a screening run) written as the
    /// handler's 200 result is written. Everything but validation and screening.
    /// </summary>
    public async Task<(int Status, long Length)> RoundTripAsync(byte[] requestBody, ScreeningResponse response)
    {
        var http = NewContext(requestBody);
        var body = await JsonBody.ReadAsync<ScreeningRequest>(http.Request, CancellationToken.None);
        if (body.Value is null)
        {
            throw new InvalidOperationException("The request body did not read.");
        }

        await TypedResults.Ok(response).ExecuteAsync(http);
        return (http.Response.StatusCode, _responseBody.Length);
    }

    /// <summary>The screening answer itself, for the baseline to write.</summary>
    public ScreeningResponse Answer(byte[] requestBody)
    {
        var result = Screening.Screen(Read(requestBody), ScreeningDetail.Compact);
        return result.Value ?? throw new InvalidOperationException($"Screening refused the batch: {result.Problem!.Title}: {result.Problem.Detail} " +
            string.Join("; ", result.Problem.Errors?.Take(5).Select(e => $"{e.Key}: {string.Join(" ", e.Value)}") ?? []));
    }

    /// <summary>The body as the endpoint reads it.</summary>
    public ScreeningRequest Read(byte[] requestBody) =>
        JsonBody.ReadAsync<ScreeningRequest>(NewContext(requestBody).Request, CancellationToken.None).GetAwaiter().GetResult().Value
        ?? throw new InvalidOperationException("The request body did not read.");

    private DefaultHttpContext NewContext(byte[] requestBody)
    {
        _responseBody.SetLength(0);
        var http = new DefaultHttpContext { RequestServices = _services };
        http.Request.Method = HttpMethods.Post;
        http.Request.ContentType = "application/json";
        http.Request.ContentLength = requestBody.Length;
        http.Request.Body = new MemoryStream(requestBody, writable: false);
        http.Response.Body = _responseBody;
        return http;
    }

    public void Dispose()
    {
        _services.Dispose();
        _responseBody.Dispose();
    }
}
