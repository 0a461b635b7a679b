namespace AgentAssist.Core.Packs;

/// <summary>
/// Holds the rule set in force and swaps it atomically. A candidate with any problem is refused and the set in
/// force stays in force, so a broken edit never takes the guardrails down.
/// </summary>
public sealed class RuleSetProvider
{
    private RuleSet _current;

    public RuleSetProvider(RuleSet initial)
    {
        ArgumentNullException.ThrowIfNull(initial);
        _current = initial;
    }

    public RuleSet Current => Volatile.Read(ref _current);

    /// <summary>Puts the packs in force if every one loaded cleanly; otherwise returns the problems and changes nothing.</summary>
    public IReadOnlyList<PackDiagnostic> TryReplace(IReadOnlyList<PackLoadResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var problems = results.SelectMany(r => r.Diagnostics).ToList();
        if (problems.Count > 0)
        {
            return problems;
        }

        RuleSet candidate;
        try
        {
            candidate = new RuleSet(results.Select(r => r.Pack!));
        }
        catch (ArgumentException e)
        {
            return [new PackDiagnostic(results.Count > 0 ? results[0].Pack?.Source ?? "." : ".", 1, 1, e.Message)];
        }

        Volatile.Write(ref _current, candidate);
        return [];
    }
}
