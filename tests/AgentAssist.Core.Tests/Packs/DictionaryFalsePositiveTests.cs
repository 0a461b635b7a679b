using System.Diagnostics;
using AgentAssist.Core.Checking;
using AgentAssist.Core.Rules.Kinds;
using AgentAssist.Core.Text;
using Xunit.Abstractions;

namespace AgentAssist.Core.Tests.Packs;

/// <summary>
/// No word of a system dictionary is flagged unless the list names it. A word is named by a rule when its folded
/// form (lower case, accents removed but ñ kept, apostrophes and a possessive 's dropped) equals one of the rule's
/// one-word terms (from <c>terms</c> or <c>mild</c>), or starts with a term written with a trailing <c>*</c>. So every
/// dictionary word a rule flags is one its authors chose to list; endings, repeated letters and compounds never
/// reach an innocent word such as assess, cocktail or pedazo. Each dictionary is checked through both packs, since
/// English and Spanish replies borrow each other's words. CI installs Debian's wamerican and wspanish.
/// </summary>
public sealed class DictionaryFalsePositiveTests(ITestOutputHelper output)
{
    private const string English = "/usr/share/dict/american-english";
    private const string Spanish = "/usr/share/dict/spanish";

    [SkippableTheory]
    [InlineData(English, "en", "wamerican")]
    [InlineData(English, "es", "wamerican")]
    [InlineData(Spanish, "es", "wspanish")]
    [InlineData(Spanish, "en", "wspanish")]
    public void Check_EveryDictionaryWord_FlaggedOnlyWhenTheListNamesIt(string dictionary, string language, string package)
    {
        Skip.IfNot(File.Exists(dictionary), $"{dictionary} is missing: install {package} (apt-get install -y {package})");
        var rules = ProfanityPacks.ForLanguage(language).Rules.Cast<LexiconRule>().ToList();
        var words = File.ReadAllLines(dictionary).Where(w => w.Length > 0).ToList();
        var unnamed = new List<string>();
        var named = 0;
        var findings = new List<Finding>();
        var watch = Stopwatch.StartNew();

        foreach (var word in words)
        {
            var context = new CheckContext(word, ChannelProfile.GenericPublic, language);
            var key = NamedForm(word);
            foreach (var rule in rules)
            {
                findings.Clear();
                rule.Evaluate(context, findings);
                if (findings.Count == 0)
                {
                    continue;
                }

                if (rule.Terms.Any(t => t.Names(key)))
                {
                    named++;
                }
                else
                {
                    unnamed.Add($"{word} ({rule.Id}: '{findings[0].Span.Slice(word)}')");
                }
            }
        }

        output.WriteLine($"{words.Count} words of {dictionary} through {rules.Count} {language} rules in {watch.ElapsedMilliseconds} ms; {named} flagged and named by the list");
        Assert.True(unnamed.Count == 0, $"{unnamed.Count} dictionary words flagged but not named by the list: {string.Join(", ", unnamed.Take(40))}");
    }

    private static string NamedForm(string word)
    {
        var folded = FoldedText.Create(word).Value;
        if (folded.EndsWith("'s", StringComparison.Ordinal))
        {
            folded = folded[..^2];
        }

        return folded.Replace("'", string.Empty, StringComparison.Ordinal);
    }
}
