namespace AgentAssist.Core.Packs;

/// <summary>Where the rule packs that ship with AgentAssist are: <c>rules/</c> next to the program.</summary>
public static class BuiltInRules
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "rules");
}
