using System.Diagnostics;

namespace AlliancePlatform.AppHost.Infrastructure;

/// <summary>How PostgreSQL and RabbitMQ are run: as containers, or as the local Debian packages' servers.</summary>
internal enum InfrastructureMode
{
    Containers,
    Local,
}

internal static class InfrastructureModeResolver
{
    public const string Setting = "Infra:Mode";

    /// <summary><c>auto</c> (the default) picks containers when a Docker engine answers, else local.</summary>
    public static InfrastructureMode Resolve(string? setting) => setting?.Trim().ToLowerInvariant() switch
    {
        null or "" or "auto" => DockerEngineAnswers() ? InfrastructureMode.Containers : InfrastructureMode.Local,
        "containers" => InfrastructureMode.Containers,
        "local" => InfrastructureMode.Local,
        _ => throw new InvalidOperationException($"{Setting} must be auto, containers or local, not '{setting}'."),
    };

    private static bool DockerEngineAnswers()
    {
        try
        {
            using var docker = Process.Start(new ProcessStartInfo("docker", "info")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            if (docker is null)
            {
                return false;
            }
            if (!docker.WaitForExit(TimeSpan.FromSeconds(5)))
            {
                docker.Kill(entireProcessTree: true);
                return false;
            }
            return docker.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // no docker client at all
        }
    }
}
