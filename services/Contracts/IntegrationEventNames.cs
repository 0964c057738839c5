using System.Reflection;
using MassTransit;

namespace AlliancePlatform.Contracts;

/// <summary>
/// The stable, versioned names under which integration events are published.
/// An event's name is its exchange (<see cref="EntityNameAttribute"/>) and its message URN;
/// both carry the version, so a breaking change is a new type beside the old one.
/// </summary>
public static class IntegrationEventNames
{
    private static readonly IReadOnlyDictionary<string, Type> ByName = typeof(IntegrationEventNames).Assembly
        .GetTypes()
        .Where(t => t.GetCustomAttribute<EntityNameAttribute>() is not null)
        .ToDictionary(t => t.GetCustomAttribute<EntityNameAttribute>()!.EntityName, t => t);

    public static IReadOnlyDictionary<string, Type> All => ByName;

    public static string NameOf(Type eventType) =>
        eventType.GetCustomAttribute<EntityNameAttribute>()?.EntityName
        ?? throw new InvalidOperationException($"{eventType.Name} is not an integration event: it has no [EntityName].");

    public static Type TypeOf(string name) =>
        ByName.TryGetValue(name, out var type)
            ? type
            : throw new InvalidOperationException($"No integration event is named '{name}'.");
}
