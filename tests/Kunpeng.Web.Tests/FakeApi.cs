using System.Net;
using System.Text;

namespace Kunpeng.Web.Tests;

/// <summary>
/// The REST API as a page sees it, faked: answers by method and path (query ignored unless given),
/// and keeps every request so a test can check what the page sent.
/// </summary>
public sealed class FakeApi : HttpMessageHandler
{
    private readonly List<(string Method, string Path, Func<HttpRequestMessage, string, (HttpStatusCode, string)> Answer)> _routes = [];

    public List<(string Method, string PathAndQuery, string Body)> Requests { get; } = [];

    public FakeApi On(string method, string path, string json, HttpStatusCode status = HttpStatusCode.OK) =>
        On(method, path, (_, _) => (status, json));

    public FakeApi On(string method, string path, Func<HttpRequestMessage, string, (HttpStatusCode, string)> answer)
    {
        _routes.Insert(0, (method, path, answer));
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : request.Content is MultipartFormDataContent ? "(multipart)" : await request.Content.ReadAsStringAsync(cancellationToken);
        var pathAndQuery = request.RequestUri!.PathAndQuery;
        Requests.Add((request.Method.Method, pathAndQuery, body));
        var path = request.RequestUri.AbsolutePath;
        foreach (var route in _routes)
        {
            var matches = route.Path.Contains('?') ? pathAndQuery == route.Path : path == route.Path;
            if (route.Method == request.Method.Method && matches)
            {
                var (status, json) = route.Answer(request, body);
                var contentType = (int)status >= 400 ? "application/problem+json" : "application/json";
                return new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, contentType) };
            }
        }

        return new HttpResponseMessage(HttpStatusCode.NotFound)
        {
            Content = new StringContent("{\"status\":404,\"title\":\"Not found\"}", Encoding.UTF8, "application/problem+json"),
        };
    }
}
