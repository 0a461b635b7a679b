namespace AgentAssist.Bot.Security;

/// <summary>
/// Where the service finds its appsettings.json. ASP.NET Core takes the current directory; started from anywhere else
/// (a service manager, a container's working directory) the service would silently run without its settings, the log
/// filters included. Unless the content root is given or the current directory has the settings, it is the program's
/// own directory.
/// </summary>
internal static class ContentRoot
{
    public const string SettingsFile = "appsettings.json";

    /// <returns>The content root to use, or null to keep ASP.NET Core's choice.</returns>
    public static string? Resolve(string[] args, string currentDirectory, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        var given = args.Any(a => a.TrimStart('-', '/').StartsWith("contentRoot", StringComparison.OrdinalIgnoreCase))
            || !string.IsNullOrEmpty(environment("ASPNETCORE_CONTENTROOT"))
            || !string.IsNullOrEmpty(environment("DOTNET_CONTENTROOT"));
        if (given || File.Exists(Path.Combine(currentDirectory, SettingsFile)))
        {
            return null;
        }

        return File.Exists(Path.Combine(AppContext.BaseDirectory, SettingsFile)) ? AppContext.BaseDirectory : null;
    }
}
