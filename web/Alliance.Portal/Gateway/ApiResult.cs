namespace AlliancePlatform.Portal.Gateway;

/// <summary>What the gateway answered: the value, or a problem to show in the person's language.</summary>
public sealed record ApiResult<T>(T? Value, ApiProblem? Problem)
{
    public bool Succeeded => Problem is null;

    public static ApiResult<T> Ok(T value) => new(value, null);

    public static ApiResult<T> Failed(ApiProblem problem) => new(default, problem);
}
