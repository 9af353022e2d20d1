using MudBlazor;

namespace Kunpeng.Web.Layout;

/// <summary>The look: a government-office blue and red, CJK fonts installed on the machine (no web fonts are fetched).</summary>
public static class KunpengTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f4e8c",
            Secondary = "#b71c1c",
            AppbarBackground = "#1f4e8c",
            Success = "#2e7d32",
            Warning = "#ed6c02",
            Error = "#c62828",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "Source Han Sans SC", "sans-serif"],
            },
        },
    };
}
