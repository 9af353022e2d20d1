using Kunpeng.Web.Api;
using Microsoft.JSInterop;

namespace Kunpeng.Web.Components;

/// <summary>Fetches a file the API serves behind the token and hands it to the browser to save (documents) or show (photos).</summary>
public sealed class FileSaver(KunpengApi api, IJSRuntime js)
{
    public async Task<bool> SaveAsync(string path, string fileName)
    {
        var file = await api.DownloadAsync(path);
        if (file is not { } f)
        {
            return false;
        }

        await js.InvokeVoidAsync("kunpeng.saveFile", fileName, f.ContentType, Convert.ToBase64String(f.Bytes));
        return true;
    }

    /// <summary>A blob: URL for an image (the CSP allows blob: images).</summary>
    public async Task<string?> ObjectUrlAsync(string path)
    {
        var file = await api.DownloadAsync(path);
        return file is { } f ? await js.InvokeAsync<string>("kunpeng.objectUrl", f.ContentType, Convert.ToBase64String(f.Bytes)) : null;
    }

    public ValueTask PrintAsync() => js.InvokeVoidAsync("kunpeng.print");
}
