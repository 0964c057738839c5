using System.Diagnostics;
using System.Security.Cryptography;

namespace AlliancePlatform.AppHost.Infrastructure.Local;

/// <summary>
/// The folder where local-mode servers keep their data across restarts, and the credentials generated
/// for them on first start (readable by the owner only, never in the repository).
/// </summary>
internal sealed class DataRoot
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private DataRoot(string path) => Path = path;

    public string Path { get; }

    /// <summary>A short name that tells this data root apart from others on the machine (RabbitMQ node names).</summary>
    public string ShortId => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Path)))[..8];

    public static DataRoot Open(string? configured)
    {
        var path = System.IO.Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? DefaultPath() : configured);
        Directory.CreateDirectory(path);
        // Server accounts (postgres) must be able to walk through to their own folder.
        File.SetUnixFileMode(path, OwnerOnly | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        return new DataRoot(path);
    }

    public string Folder(string relative)
    {
        var folder = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Returns the named secret, generating it on first use.</summary>
    public string Secret(string name) =>
        Secret(name, () => RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789", 32));

    /// <summary>Returns the named secret, generating it with <paramref name="generate"/> on first use.</summary>
    public string Secret(string name, Func<string> generate)
    {
        var folder = Folder("secrets");
        File.SetUnixFileMode(folder, OwnerOnly);
        var file = System.IO.Path.Combine(folder, name);
        if (File.Exists(file))
        {
            return File.ReadAllText(file).Trim();
        }
        var secret = generate();
        File.WriteAllText(file, secret);
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return secret;
    }

    public static bool RunningAsRoot => Environment.UserName == "root";

    /// <summary>Gives a folder to a system account (PostgreSQL refuses to run as root).</summary>
    public static void GiveTo(string account, string folder)
    {
        using var chown = Process.Start("chown", ["-R", $"{account}:{account}", folder]);
        chown.WaitForExit();
        if (chown.ExitCode != 0)
        {
            throw new InvalidOperationException($"Could not give {folder} to the '{account}' account (chown exit code {chown.ExitCode}).");
        }
    }

    private static string DefaultPath() => RunningAsRoot
        ? "/var/lib/alliance-platform"
        : System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "alliance-platform");
}
