using System.Text.RegularExpressions;
using AgentAssist.Core.Packs;
using YamlDotNet.RepresentationModel;

namespace AgentAssist.Core.Rules.Kinds;

/// <summary>
/// Compiles a regular expression a brand team wrote so that it can never hang the service: with
/// <see cref="RegexOptions.NonBacktracking"/> (linear time) when the pattern allows it, otherwise with a match timeout.
/// </summary>
internal static class SafeRegex
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(50);

    public static Regex? Compile(YamlRuleNode node, YamlNode at, string pattern, bool ignoreCase)
    {
        // Compiled: patterns are built once when a pack loads and run on every draft.
        var options = RegexOptions.CultureInvariant | RegexOptions.Multiline | RegexOptions.Compiled | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        try
        {
            return new Regex(pattern, options | RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
            // Lookarounds and backreferences need the backtracking engine; the timeout bounds it instead.
        }
        catch (ArgumentException e)
        {
            node.Error(at, $"the pattern is not a valid regular expression: {e.Message}");
            return null;
        }

        try
        {
            return new Regex(pattern, options, Timeout);
        }
        catch (ArgumentException e)
        {
            node.Error(at, $"the pattern is not a valid regular expression: {e.Message}");
            return null;
        }
    }

    /// <summary>Matches, treating a timed-out search as no match rather than failing the whole check.</summary>
    public static IEnumerable<Match> Matches(Regex regex, string text)
    {
        var match = SafeMatch(() => regex.Match(text));
        while (match is { Success: true })
        {
            yield return match;
            var previous = match;
            match = SafeMatch(previous.NextMatch);
        }
    }

    private static Match? SafeMatch(Func<Match> next)
    {
        try
        {
            return next();
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }
}
