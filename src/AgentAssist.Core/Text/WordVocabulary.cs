using System.Collections.Concurrent;

namespace AgentAssist.Core.Text;

/// <summary>
/// Numbers every folded word any loaded phrase uses, so a draft's words are looked up once per check and every
/// phrase matcher then compares numbers: a word no rule mentions (most of them) costs each rule one comparison.
/// Words are only ever added; the set is bounded by the words the rule packs hold.
/// </summary>
public static class WordVocabulary
{
    /// <summary>The id of a word no phrase uses.</summary>
    public const int Unknown = 0;

    private static readonly ConcurrentDictionary<string, int> Ids = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> ByWord = Ids.GetAlternateLookup<ReadOnlySpan<char>>();
    private static int s_last;

    /// <summary>The word's id, giving it one if it has none.</summary>
    public static int Register(string word) => Ids.GetOrAdd(word, static _ => Interlocked.Increment(ref s_last));

    /// <summary>The word's id, or <see cref="Unknown"/>.</summary>
    public static int Find(string word) => Ids.TryGetValue(word, out var id) ? id : Unknown;

    /// <summary>The ids of <paramref name="tokens"/>, in order.</summary>
    public static int[] Find(IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var ids = new int[tokens.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = ByWord.TryGetValue(tokens[i].Word, out var id) ? id : Unknown;
        }

        return ids;
    }
}
