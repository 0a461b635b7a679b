namespace AgentAssist.Storage.Approvals;

/// <summary>Rule ids in one text column, separated by spaces (rule ids are <c>Pack.Rule</c> and hold none).</summary>
internal static class RuleIds
{
    public static string Join(IReadOnlyList<string> ruleIds) => string.Join(' ', ruleIds);

    public static IReadOnlyList<string> Split(string value) =>
        value.Length == 0 ? [] : value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
