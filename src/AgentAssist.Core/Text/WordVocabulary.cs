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

    private const int FilterBits = 1 << 16;

    private static readonly ConcurrentDictionary<string, int> Ids = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> ByWord = Ids.GetAlternateLookup<ReadOnlySpan<char>>();
    private static int s_last;

    /// <summary>
    /// A one-sided filter over the words: one bit per hash of a word's length and first and last letters, set before the
    /// word is added. A clear bit means the word is unknown without hashing it whole; most words of a draft stop here.
    /// </summary>
    private static readonly ulong[] Filter = new ulong[FilterBits / 64];

    /// <summary>The word's id, giving it one if it has none.</summary>
    public static int Register(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var bit = FilterBit(word);
        Interlocked.Or(ref Filter[bit >> 6], 1UL << bit);
        return Ids.GetOrAdd(word, static _ => Interlocked.Increment(ref s_last));
    }

    /// <summary>The word's id, or <see cref="Unknown"/>.</summary>
    public static int Find(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Find(word.AsSpan());
    }

    /// <summary>The word's id, or <see cref="Unknown"/>.</summary>
    public static int Find(ReadOnlySpan<char> word)
    {
        var bit = FilterBit(word);
        return (Volatile.Read(ref Filter[bit >> 6]) & (1UL << bit)) != 0 && ByWord.TryGetValue(word, out var id) ? id : Unknown;
    }

    /// <summary>The ids of <paramref name="tokens"/>, in order.</summary>
    public static int[] Find(IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var ids = new int[tokens.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = Find(tokens[i].Word);
        }

        return ids;
    }

    private static int FilterBit(ReadOnlySpan<char> word) =>
        word.IsEmpty ? 0 : (int)((((uint)word.Length * 0x9E3779B1u) ^ ((uint)word[0] * 0x85EBCA77u) ^ ((uint)word[^1] * 0xC2B2AE3Du)) >> 16);
}
