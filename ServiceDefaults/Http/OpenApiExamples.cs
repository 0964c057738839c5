using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;

namespace AlliancePlatform.ServiceDefaults.Http;

public static class OpenApiExamples
{
    /// <summary>Shows <paramref name="example"/>, in the platform's JSON shape, as the request body's example in the OpenAPI document.</summary>
    public static TBuilder WithRequestExample<TBuilder>(this TBuilder endpoint, object example) where TBuilder : IEndpointConventionBuilder
    {
        var json = JsonSerializer.SerializeToNode(example, example.GetType(), PlatformJson.Options);
        return endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (operation.RequestBody?.Content is { } content && content.TryGetValue("application/json", out var body))
            {
                body.Example = json?.DeepClone();
            }
            return Task.CompletedTask;
        });
    }
}
