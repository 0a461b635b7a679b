using System.Text;
using AgentAssist.Core.Lexicon;
using AgentAssist.Core.Rules.Kinds;
using AgentAssist.Core.Tests.Packs;
using AgentAssist.Core.Text;
using FsCheck.Xunit;

namespace AgentAssist.Core.Tests.Lexicon;

/// <summary>
/// The lexicon rules of a pack share one trie (<see cref="LexiconRule.ShareMatchers"/>): each word is walked once
/// for all of them. Each rule must still find exactly what a matcher built from its own list alone finds.
/// </summary>
public sealed class LexiconGroupTests
{
    private static readonly string[] Noise =
    [
        "the", "a", "I", "u", "assistant", "class", "Scunthorpe", "hello", "computadora", "pricked", "as", "of",
        "@handle", "https://x.co/ab", "12", "555-1234", ",", ".", "!", "f", "c", "k", "s", "año", "café", "niño", "—",
        "👍", "we'll", "A55", "q.w", "***",
    ];

    private static readonly string[] Endings = ["s", "es", "ed", "ing", "in", "y", "er", "o", "a", "os", "ito"];

    private static readonly string[] Separators = [" ", " ", " ", ", ", "-", ". ", "\n", "  ", "*"];

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public void ShareMatchers_ProfanityPack_LexiconRulesShareOneTrie(string language)
    {
        var rules = ProfanityPacks.ForLanguage(language).Rules.OfType<LexiconRule>().ToList();

        Assert.Equal(4, rules.Count);
        Assert.All(rules, r => Assert.Equal(4, r.Matcher.GroupSize));
    }

    /// <summary>
    /// On random texts made of the packs' terms (as written, in capitals, in leetspeak, drawn out, spelled out,
    /// masked, with endings, run together) and noise, each rule's shared matcher finds the same matches as a matcher
    /// built from that rule's list alone, with and without a per-locale allow-list.
    /// </summary>
    [Property(MaxTest = 400)]
    public void FindAll_SharedTrie_SameMatchesAsSeparateMatchers(int seed)
    {
        foreach (var language in (string[])["en", "es"])
        {
            var (matches, _) = Compare(language, seed);
            Assert.True(matches >= 0);
        }
    }

    /// <summary>The texts <see cref="FindAll_SharedTrie_SameMatchesAsSeparateMatchers"/> checks do contain terms of every rule.</summary>
    [Fact]
    public void Compare_RandomTexts_FindTermsOfEveryRule()
    {
        foreach (var language in (string[])["en", "es"])
        {
            var perRule = new int[4];
            for (var seed = 0; seed < 200; seed++)
            {
                var (_, counts) = Compare(language, seed);
                for (var k = 0; k < perRule.Length; k++)
                {
                    perRule[k] += counts[k];
                }
            }

            Assert.All(perRule, count => Assert.True(count > 20, $"{language}: {string.Join(' ', perRule)}"));
        }
    }

    /// <summary>Checks one random text in <paramref name="language"/>; returns the matches found in all and per rule.</summary>
    private static (int Total, int[] PerRule) Compare(string language, int seed)
    {
        var rules = ProfanityPacks.ForLanguage(language).Rules.OfType<LexiconRule>().ToList();
        var random = new Random(seed);
        var text = RandomText(rules, random);
        var folded = FoldedText.Create(text).Value;
        var counts = new int[rules.Count];
        HashSet<int>?[] allowLists = [null, [0, 2, random.Next(rules.Min(r => r.Terms.Count))]];
        foreach (var allowed in allowLists)
        {
            for (var k = 0; k < rules.Count; k++)
            {
                var rule = rules[k];
                var alone = new LexiconMatcher(rule.Terms.Select(t => t.Text).ToList(), rule.Inflections, rule.Allow);
                var shared = new List<LexiconMatch>();
                var separate = new List<LexiconMatch>();

                rule.Matcher.FindAll(folded, allowed, shared);
                alone.FindAll(folded, allowed, separate);

                Assert.True(separate.SequenceEqual(shared), $"rule {rule.Id}, text '{text}': alone [{string.Join(", ", separate)}], shared [{string.Join(", ", shared)}]");
                counts[k] += shared.Count;
            }
        }

        return (counts.Sum(), counts);
    }

    private static string RandomText(List<LexiconRule> rules, Random random)
    {
        var text = new StringBuilder();
        var pieces = random.Next(1, 40);
        for (var p = 0; p < pieces; p++)
        {
            if (p > 0)
            {
                text.Append(Separators[random.Next(Separators.Length)]);
            }

            if (random.Next(3) == 0)
            {
                text.Append(Noise[random.Next(Noise.Length)]);
                continue;
            }

            text.Append(Disguise(RandomTerm(rules, random), rules, random));
        }

        return text.ToString();
    }

    private static string RandomTerm(List<LexiconRule> rules, Random random)
    {
        var terms = rules[random.Next(rules.Count)].Terms;
        return terms[random.Next(terms.Count)].Text.TrimEnd('*');
    }

    private static string Disguise(string term, List<LexiconRule> rules, Random random)
    {
        switch (random.Next(10))
        {
            case 0:
                return term.ToUpperInvariant();
            case 1:
                return term.Replace('i', '1').Replace('a', '@').Replace('s', '$').Replace('o', '0').Replace('e', '3');
            case 2:
                var at = random.Next(term.Length);
                return term[..at] + new string(term[at], random.Next(2, 5)) + term[at..];
            case 3:
                return string.Join(random.Next(2) == 0 ? "." : " ", term.ToCharArray());
            case 4:
                var masked = term.ToCharArray();
                masked[random.Next(masked.Length)] = '*';
                return new string(masked);
            case 5:
                return term + Endings[random.Next(Endings.Length)];
            case 6:
                return term + RandomTerm(rules, random).Replace(" ", string.Empty, StringComparison.Ordinal);
            case 7:
                return term[..Math.Max(1, term.Length - 1)];
            default:
                return term;
        }
    }
}
