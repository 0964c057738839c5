using System.Reflection;
using System.Text.RegularExpressions;
using AlliancePlatform.Contracts;

namespace AlliancePlatform.Messaging.Tests;

public partial class IntegrationEventNamesTests
{
    [GeneratedRegex(@"^alliance\.[a-z]+\.[a-z0-9-]+\.v[1-9][0-9]*$")]
    private static partial Regex VersionedName();

    [Fact]
    public void EveryEvent_HasAStableVersionedExchangeName()
    {
        Assert.NotEmpty(IntegrationEventNames.All);
        Assert.All(IntegrationEventNames.All.Keys, name => Assert.Matches(VersionedName(), name));
    }

    [Fact]
    public void EveryEvent_IsASealedImmutableRecord()
    {
        Assert.All(IntegrationEventNames.All.Values, type =>
        {
            Assert.True(type.IsSealed, $"{type.Name} must be sealed");
            Assert.NotNull(type.GetMethod("<Clone>$"));
            var settable = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.SetMethod is { IsPublic: true } setter
                    && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)));
            Assert.Empty(settable);
        });
    }

    [Fact]
    public void NameOf_And_TypeOf_AreInverse()
    {
        Assert.All(IntegrationEventNames.All, pair =>
        {
            Assert.Equal(pair.Key, IntegrationEventNames.NameOf(pair.Value));
            Assert.Equal(pair.Value, IntegrationEventNames.TypeOf(pair.Key));
        });
    }
}
