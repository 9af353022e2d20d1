using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Kunpeng.Web.Session;

namespace Kunpeng.Web.Api;

/// <summary>
/// The one way the client talks to the host: the public REST API with the bearer token, Chinese
/// problem messages asked for (Accept-Language: zh-CN), versions read from ETag and sent back in
/// If-Match. A 401 ends the session (the token expired or the account was disabled).
/// </summary>
public sealed class KunpengApi(HttpClient http, UserSession session)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The HTTP client (the host's origin), for a call made with another session (the login's probe).</summary>
    internal HttpClient Http => http;

    public Task<ApiResult<T>> GetAsync<T>(string path, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Get, path, null, null, cancellationToken);

    public Task<ApiResult<T>> PostAsync<T>(string path, object? body = null, int? ifMatch = null, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Post, path, body is null ? null : JsonContent.Create(body, options: Json), ifMatch, cancellationToken);

    public Task<ApiResult<T>> PutAsync<T>(string path, object body, int? ifMatch = null, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Put, path, JsonContent.Create(body, options: Json), ifMatch, cancellationToken);

    public Task<ApiResult<T>> DeleteAsync<T>(string path, int? ifMatch = null, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Delete, path, null, ifMatch, cancellationToken);

    /// <summary>A multipart upload (documents, photos).</summary>
    public Task<ApiResult<T>> UploadAsync<T>(string path, MultipartFormDataContent content, int? ifMatch = null, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Post, path, content, ifMatch, cancellationToken);

    /// <summary>A file the API serves behind the token (documents, photos), as bytes and content type.</summary>
    public async Task<(byte[] Bytes, string ContentType)?> DownloadAsync(string path, CancellationToken cancellationToken = default)
    {
        using var request = Request(HttpMethod.Get, path, null, null);
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        return (await response.Content.ReadAsByteArrayAsync(cancellationToken), response.Content.Headers.ContentType?.MediaType ?? "application/octet-stream");
    }

    private async Task<ApiResult<T>> SendAsync<T>(HttpMethod method, string path, HttpContent? content, int? ifMatch, CancellationToken cancellationToken)
    {
        using var request = Request(method, path, content, ifMatch);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            return new ApiResult<T>(default, ApiProblem.Unreachable(e.Message), null);
        }

        using (response)
        {
            var version = VersionOf(response);
            if (response.IsSuccessStatusCode)
            {
                if (response.StatusCode == HttpStatusCode.NoContent || typeof(T) == typeof(NoBody))
                {
                    return new ApiResult<T>(default, null, version);
                }

                var value = await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken);
                return new ApiResult<T>(value, null, version);
            }

            if (response.StatusCode == HttpStatusCode.Unauthorized && session.Token is not null)
            {
                session.SignOut();
            }

            return new ApiResult<T>(default, ApiProblem.Read((int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken)), null);
        }
    }

    private HttpRequestMessage Request(HttpMethod method, string path, HttpContent? content, int? ifMatch)
    {
        var request = new HttpRequestMessage(method, path.TrimStart('/')) { Content = content };
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("zh-CN"));
        if (session.Token is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (ifMatch is { } v)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{v}\""));
        }

        return request;
    }

    private static int? VersionOf(HttpResponseMessage response) =>
        response.Headers.ETag is { } tag && int.TryParse(tag.Tag.Trim('"'), out var v) ? v : null;
}

/// <summary>The type to ask for when an answer's body does not matter.</summary>
public sealed record NoBody;
