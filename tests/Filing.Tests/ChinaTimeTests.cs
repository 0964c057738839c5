using AlliancePlatform.Filing.Domain;

namespace AlliancePlatform.Filing.Tests;

public class ChinaTimeTests
{
    [Fact]
    public void DateOf_LateEveningUtc_IsNextDayInShanghai() =>
        Assert.Equal(new DateOnly(2026, 10, 1), ChinaTime.DateOf(new DateTimeOffset(2026, 9, 30, 16, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void EndOf_Day_IsMidnightFollowingInShanghai() =>
        Assert.Equal(new DateTimeOffset(2026, 9, 30, 16, 0, 0, TimeSpan.Zero), ChinaTime.EndOf(new DateOnly(2026, 9, 30)));
}
