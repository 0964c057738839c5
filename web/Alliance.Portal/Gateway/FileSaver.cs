using Microsoft.JSInterop;

namespace AlliancePlatform.Portal.Gateway;

/// <summary>Gives the person a file the portal downloaded from the gateway (the browser never holds a token to fetch it itself).</summary>
public sealed class FileSaver(IJSRuntime js)
{
    public ValueTask SaveAsync(DownloadedFile file) =>
        js.InvokeVoidAsync("portalSaveFile", file.FileName, file.ContentType, Convert.ToBase64String(file.Content));
}
