using AgentAssist.Core.Packs;
using AgentAssist.Core.Text;

namespace AgentAssist.Core.Rules.Kinds;

/// <summary>Reads a list of words and phrases from a rule file and builds a matcher for it.</summary>
internal static class TermListReader
{
    public static (PhraseMatcher Matcher, IReadOnlyList<string> Terms)? Read(YamlRuleNode node, string key, bool required)
    {
        var terms = node.Strings(key, required);
        var valid = new List<string>(terms.Count);
        foreach (var (term, at) in terms)
        {
            if (PhraseMatcher.IsValid(term))
            {
                valid.Add(term);
            }
            else
            {
                node.Error(at, $"'{term}' has no letters or digits to match");
            }
        }

        return valid.Count == 0 ? null : (new PhraseMatcher(valid), valid);
    }
}
