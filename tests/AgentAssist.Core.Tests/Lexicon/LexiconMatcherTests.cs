using AgentAssist.Core.Lexicon;
using AgentAssist.Core.Text;

namespace AgentAssist.Core.Tests.Lexicon;

public sealed class LexiconMatcherTests
{
    private static string[] Find(string[] terms, string text)
    {
        var folded = FoldedText.Create(text).Value;
        var matches = new List<LexiconMatch>();
        new LexiconMatcher(terms, ["s", "ed", "ing"], []).FindAll(folded, null, matches);
        return matches.Select(m => folded[m.Start..m.End]).ToArray();
    }

    /// <summary>
    /// Words are skipped by their first two skeleton letters only when no term can start that way: a term whose
    /// skeleton is one letter (<c>zz*</c>) still gets its words walked, and so do leetspeak, masked and spelled-out words.
    /// </summary>
    [Theory]
    [InlineData(new[] { "zz*" }, "they said zzzap twice", new[] { "zzzap" })]
    [InlineData(new[] { "zz*" }, "they said zap twice", new string[0])]
    [InlineData(new[] { "qwerty" }, "typed qwertyyy and qwer", new[] { "qwertyyy" })]
    [InlineData(new[] { "qwerty" }, "typed qw3rty", new[] { "qw3rty" })]
    [InlineData(new[] { "qwerty" }, "typed q.w.e.r.t.y", new[] { "q.w.e.r.t.y" })]
    [InlineData(new[] { "qwerty" }, "typed qw*rty", new[] { "qw*rty" })]
    [InlineData(new[] { "qw erty" }, "a qw erty here", new[] { "qw erty" })]
    [InlineData(new[] { "qwerty" }, "qwe rty qwertz", new string[0])]
    public void FindAll_WordsTheTrieCannotStart_SkippedWithoutMissingAnyTerm(string[] terms, string text, string[] expected)
    {
        Assert.Equal(expected, Find(terms, text));
    }
}
