using MudBlazor;

namespace AlliancePlatform.Portal.Components.Layout;

internal static class PortalTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight { Primary = "#b71c1c", AppbarBackground = "#b71c1c" },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "sans-serif"] },
        },
    };
}
