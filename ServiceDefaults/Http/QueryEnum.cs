using Microsoft.AspNetCore.Http;

namespace AlliancePlatform.ServiceDefaults.Http;

/// <summary>
/// Reads an enum from the query string the way the API writes it (snake_case, e.g. <c>?status=public_notice</c>);
/// minimal APIs would only accept the C# name.
/// </summary>
public static class QueryEnum
{
    public static TEnum? Parse<TEnum>(string? value, string parameter) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (PlatformJson.ParseName<TEnum>(value) is { } parsed)
        {
            return parsed;
        }
        var allowed = string.Join(", ", Enum.GetValues<TEnum>().Select(v => PlatformJson.NameOf(v)));
        throw new BadHttpRequestException($"The query parameter '{parameter}' is one of: {allowed}; '{value}' is not.");
    }
}
