using AlliancePlatform.ServiceDefaults.Domain;
using AlliancePlatform.ServiceDefaults.Http;
using Npgsql;

namespace AlliancePlatform.Messaging.Tests;

public class ProblemDetailsTests
{
    [Fact]
    public void ABrokenRule_Is422WithItsCodeAndArticle()
    {
        var rule = new RuleViolation("alliance.name_required", "Art 7-2", "联盟名称不能为空。", "The alliance needs a name.");

        var problem = ProblemDetailsExceptionHandler.Describe(new RuleViolationException(rule));

        Assert.Equal(422, problem.Status);
        Assert.Equal("联盟名称不能为空。", problem.Title);
        Assert.Equal("The alliance needs a name.", problem.Detail);
        Assert.Equal("alliance.name_required", problem.Extensions["code"]);
        Assert.Equal("Art 7-2", problem.Extensions["article"]);
    }

    [Fact]
    public void ARuleThatClashesWithCurrentState_Is409()
    {
        var rule = new RuleViolation("alliance.name_taken", "Art 7-2", "已有同名联盟。", "Taken.", RuleKind.Conflict);

        Assert.Equal(409, ProblemDetailsExceptionHandler.Describe(new RuleViolationException(rule)).Status);
    }

    [Fact]
    public void AnUnreachableDatabase_Is503SoTheCallerRetries()
    {
        var unreachable = new InvalidOperationException("saving failed", new NpgsqlException("Failed to connect to 127.0.0.1:5432", new System.Net.Sockets.SocketException(111)));

        Assert.Equal(503, ProblemDetailsExceptionHandler.Describe(unreachable).Status);
    }

    [Fact]
    public void AnUnreachableDatabase_TellsAWriterNothingWasSaved_AndAReaderThatNothingCouldBeRead()
    {
        var unreachable = new NpgsqlException("Failed to connect to 127.0.0.1:5432", new System.Net.Sockets.SocketException(111));

        Assert.StartsWith("Nothing was saved.", ProblemDetailsExceptionHandler.Describe(unreachable).Detail, StringComparison.Ordinal);
        var read = ProblemDetailsExceptionHandler.Describe(unreachable, isRead: true);
        Assert.Equal(503, read.Status);
        Assert.StartsWith("The information could not be read just now.", read.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void AnythingElse_Is500AndRevealsNoInternals()
    {
        var problem = ProblemDetailsExceptionHandler.Describe(new NullReferenceException("secret internal state at Foo.Bar()"));

        Assert.Equal(500, problem.Status);
        Assert.DoesNotContain("Foo.Bar", problem.Detail);
        Assert.DoesNotContain("secret", problem.Title);
    }
}
