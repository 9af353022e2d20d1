using Kunpeng.Host.Problems;
using Kunpeng.Host.Workflow;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Kunpeng.Host.Api.Input;

/// <summary>
/// The one place a request body is let in, for every endpoint that takes one (its accepts metadata, which
/// minimal APIs add for every body parameter): the Content-Type must be one the endpoint reads (415), the
/// body must fit the endpoint's limit (413; <see cref="DefaultLimit"/> unless the endpoint carries a
/// request size limit), and a JSON body must pass <see cref="JsonInputCheck"/> against the type it will
/// be bound to (400 naming every field) before the endpoint, and so anything that writes, runs.
/// Uploads (multipart) pass with their own limits. Runs after authorization, so 401 and a policy's 403 come first.
/// </summary>
internal sealed class RequestBodyGate(RequestDelegate next, IOptions<JsonOptions> json)
{
    /// <summary>The body limit of a JSON endpoint that names none: a person's facts or a review fit many times over.</summary>
    public const long DefaultLimit = 256 * 1024;

    private const string Json = "application/json";

    public async Task InvokeAsync(HttpContext context)
    {
        var accepts = context.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>();
        if (accepts is null || HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }

        var request = context.Request;
        var acceptsJson = accepts.ContentTypes.Count == 0 || accepts.ContentTypes.Any(IsJson);
        if (!string.IsNullOrEmpty(request.ContentType) && !request.HasJsonContentType())
        {
            // Forms and uploads are read by their endpoints, with their own limits.
            if (accepts.ContentTypes.Any(t => Matches(request.ContentType, t)))
            {
                await next(context);
                return;
            }

            throw new UnsupportedMediaTypeException(string.Join(" or ", accepts.ContentTypes.DefaultIfEmpty(Json)));
        }

        if (!acceptsJson && !string.IsNullOrEmpty(request.ContentType))
        {
            throw new UnsupportedMediaTypeException(string.Join(" or ", accepts.ContentTypes));
        }

        var limit = context.GetEndpoint()!.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? DefaultLimit;
        var body = await ReadAsync(request, limit, context.RequestAborted);
        if (body.Length > 0 && string.IsNullOrEmpty(request.ContentType))
        {
            throw new UnsupportedMediaTypeException(string.Join(" or ", accepts.ContentTypes.DefaultIfEmpty(Json)));
        }

        if (acceptsJson)
        {
            var errors = new FieldErrors();
            var today = context.RequestServices.GetRequiredService<ProgrammeClock>().Today;
            new JsonInputCheck(json.Value.SerializerOptions, today, errors)
                .Check(body.GetBuffer().AsSpan(0, (int)body.Length), accepts.RequestType ?? typeof(object), accepts.IsOptional);
            errors.ThrowIfAny();
        }

        request.Body = body;
        await next(context);
    }

    private static async Task<MemoryStream> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            throw new PayloadTooLargeException(limit);
        }

        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                throw new PayloadTooLargeException(limit);
            }
        }

        buffer.Position = 0;
        return buffer;
    }

    private static bool IsJson(string contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type) && (type.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase) || type.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));

    private static bool Matches(string requestType, string acceptedType) =>
        MediaTypeHeaderValue.TryParse(requestType, out var sent) && MediaTypeHeaderValue.TryParse(acceptedType, out var accepted) && sent.IsSubsetOf(accepted);
}
