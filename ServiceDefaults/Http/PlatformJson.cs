using System.Text.Json;
using System.Text.Json.Serialization;

namespace AlliancePlatform.ServiceDefaults.Http;

/// <summary>The JSON shape every API and every integration event uses.</summary>
public static class PlatformJson
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    /// <summary>An enum value as the API and the events write it, e.g. <c>public_notice</c>.</summary>
    public static string NameOf<TEnum>(TEnum value) where TEnum : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    /// <summary>The enum value the API writes as <paramref name="name"/> (any case), or null.</summary>
    public static TEnum? ParseName<TEnum>(string? name) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Cast<TEnum?>()
            .FirstOrDefault(v => string.Equals(NameOf(v!.Value), name?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        if (!options.Converters.OfType<JsonStringEnumConverter>().Any())
        {
            // Names only: a number would bind to whatever value it happens to be, and 0 to the first.
            options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        }
        return options;
    }
}
