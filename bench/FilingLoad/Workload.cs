using System.Globalization;

namespace AlliancePlatform.Bench.FilingLoad;

/// <summary>
/// What the public asks the register, in a fixed pseudo-random mix (same seed, same requests each run): any page of the
/// whole list, by part of the name, by field, by city or district prefix, and all three together.
/// </summary>
public sealed class SearchMix(HttpClient anonymous, int alliances)
{
    public static readonly string[] Kinds = ["list", "name", "field", "region", "combined"];

    private readonly Random _random = new(20261128);

    public Task<Sample> Next(int i)
    {
        var roll = _random.Next(100);
        var (kind, query) = roll switch
        {
            // 3% of the register is revoked and not listed.
            < 30 => ("list", $"page={_random.Next(1, alliances * 97 / 100 / 20 + 1)}"),
            < 55 => ("name", $"name={Escape(NameFragment())}&page={_random.Next(1, 4)}"),
            < 70 => ("field", $"field={Field().Code}&page={_random.Next(1, 6)}"),
            < 85 => ("region", $"region={RegionPrefix()}&page={_random.Next(1, 6)}"),
            _ => ("combined", Combined()),
        };
        return OpenLoop.TimeAsync(kind, anonymous, new HttpRequestMessage(HttpMethod.Get, $"/api/public/register?{query}&pageSize=20"), 200);
    }

    /// <summary>
    /// A field's name (hundreds of matches), three digits (tens), or a field's name, a number and 产业 (one alliance's name
    /// when the field is that alliance's, else none): a search for a name nobody has costs the same.
    /// </summary>
    private string NameFragment() => _random.Next(3) switch
    {
        0 => Field().Name,
        1 => _random.Next(100, 1000).ToString(CultureInfo.InvariantCulture),
        _ => $"{Field().Name}{_random.Next(1, alliances + 1)}产业",
    };

    private string Combined()
    {
        var field = Field();
        return $"name={Escape(field.Name[..2])}&field={field.Code}&region={RegionPrefix()}";
    }

    private (string Code, string Name) Field() => Seed.Fields[_random.Next(Seed.Fields.Length)];

    /// <summary>A city (2301) or, one time in three, one district of it (230102).</summary>
    private string RegionPrefix()
    {
        var city = Seed.Cities[_random.Next(Seed.Cities.Length)][..4];
        return _random.Next(3) == 0 ? city + "02" : city;
    }

    private static string Escape(string text) => Uri.EscapeDataString(text);
}

/// <summary>The applicant submits its Draft applications one after another; each submit locks, checks, moves the application and writes its outbox event.</summary>
public sealed class Submissions(HttpClient applicant, IReadOnlyList<Guid> applications)
{
    private int _next;
    private readonly List<Guid> _submitted = [];

    public IReadOnlyList<Guid> Submitted => _submitted;
    public int Remaining => applications.Count - _next;

    public Task<Sample> Next(int i)
    {
        var id = applications[_next++];
        _submitted.Add(id);
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/filing/applications/{id}/submission");
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        return OpenLoop.TimeAsync("submit", applicant, request, 200);
    }
}
