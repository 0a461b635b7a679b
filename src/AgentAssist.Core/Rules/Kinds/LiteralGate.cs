using System.Buffers;
using AgentAssist.Core.Packs;

namespace AgentAssist.Core.Rules.Kinds;

/// <summary>
/// <c>requires</c>: words a draft must contain (any of them, ignoring case) before a rule's regular expressions are
/// tried. One vectorised scan instead of a regex pass over every draft; most drafts mention no refund at all.
/// </summary>
internal sealed class LiteralGate
{
    private readonly SearchValues<string> _literals;

    private LiteralGate(SearchValues<string> literals) => _literals = literals;

    public static LiteralGate? Read(YamlRuleNode node)
    {
        var literals = node.Strings("requires");
        return literals.Count == 0
            ? null
            : new LiteralGate(SearchValues.Create(literals.Select(l => l.Value).ToArray(), StringComparison.OrdinalIgnoreCase));
    }

    public bool IsOpen(string text) => text.AsSpan().IndexOfAny(_literals) >= 0;
}
