using System.Numerics;
using AgentAssist.Core.Text;

namespace AgentAssist.Core.Lexicon;

/// <summary>
/// Finds listed words in folded text (<see cref="FoldedText.Value"/>) in one pass, however people dodge a filter:
/// <list type="bullet">
/// <item>leetspeak and symbols: <c>sh1t</c>, <c>a$$</c>, <c>put@</c>, <c>bullsh!t</c>, Cyrillic look-alike letters;</item>
/// <item>repeated letters: <c>fuuuck</c>. Every word is reduced to a skeleton (<c>fuck</c>) with the length of each
/// run of letters, and a word matches a term only if each run is as long as the term's or drawn out to three or
/// more (the last letter of a <c>word*</c> term may also be doubled: <c>shitty</c>): <c>as</c> never matches
/// <c>ass</c>, nor <c>shiitake</c> <c>shit*</c>, nor <c>assessed</c> <c>asses</c> + <c>ed</c>;</item>
/// <item>letters spelled out: <c>f.u.c.k</c>, <c>f u c k</c>, <c>f-u-c-k</c>, <c>f*u*c*k</c> (the whole run of letters,
/// so <c>a s s i s t a n t</c> passes);</item>
/// <item>masked letters: <c>f*ck</c>, <c>c*brón</c>, <c>f***</c> (a <c>*</c> stands for one letter);</item>
/// <item>endings: a term of five letters or more also matches with an ending of the language
/// (<see cref="LexiconInflections"/>), and two terms written as one word match (<c>bitchass</c>).</item>
/// </list>
/// Terms match whole words only (<c>Scunthorpe</c>, <c>assistant</c> and <c>computadora</c> are words of their own).
/// A trailing <c>*</c> on a term matches every word that starts with it; a term of several words matches them
/// in sequence. Words in <c>allow</c> are never matched. Handles (<c>@name</c>) and links are skipped: they are not
/// the agent's words. The words are read once per draft (<see cref="LexiconTokens"/>) and each matcher walks a trie of
/// skeletons over them, allocating nothing unless a term is found.
/// </summary>
public sealed class LexiconMatcher
{
    private const int MaxPhrase = LexiconTokens.MaxPhrase;
    private const int MaxPhraseWords = 6;
    private const int MaxPhraseGap = 3;
    private const int MaxSingles = 32;
    private const int MinInflectedStem = 5;
    private const int MinCompoundPart = 3;
    private const int MinLetters = 2;
    private const char WordBreak = ' ';
    private const char Wildcard = LexiconTokens.Wildcard;
    private const int RootTableSize = 0x180;
    private const int Root = 0;

    private readonly Group _group;
    private readonly int _rule;
    private readonly Node[] _nodes;
    private readonly ulong[] _edgeKeys;
    private readonly int[] _edgeTargets;
    private readonly int _edgeShift;
    private readonly int[] _rootTable;

    /// <summary>One bit per pair of ASCII skeleton letters a word can start with and still reach a term; see <see cref="LexiconTokens.Token.Opening"/>.</summary>
    private readonly ulong[] _openings;
    private readonly Entry[] _entries;
    private readonly byte[] _runs;
    private readonly Affix[] _suffixes;
    private readonly HashSet<string> _allow;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _allowLookup;
    private readonly (string Letters, bool Prefix, int Term)[] _plainWords;

    /// <summary>Builds a matcher.</summary>
    /// <param name="terms">Words and phrases; see <see cref="Problem"/> for what a term may be.</param>
    /// <param name="suffixes">Endings a term of five letters or more may take (shorter words with an ending are too often other words: spic + y).</param>
    /// <param name="allow">Words never matched, such as innocent words that look like an inflected term (<c>pricked</c>).</param>
    /// <exception cref="ArgumentException">A term is not valid.</exception>
    public LexiconMatcher(IReadOnlyList<string> terms, IEnumerable<string> suffixes, IEnumerable<string> allow)
        : this(Group.Build([(terms, suffixes, allow)]), 0)
    {
    }

    private LexiconMatcher(Group group, int rule)
    {
        _group = group;
        _rule = rule;
        _nodes = group.Nodes;
        _edgeKeys = group.EdgeKeys;
        _edgeTargets = group.EdgeTargets;
        _edgeShift = group.EdgeShift;
        _rootTable = group.RootTable;
        _entries = group.Entries;
        _runs = group.Runs;
        var member = group.Members[rule];
        _plainWords = member.PlainWords;
        _openings = member.Openings;
        _suffixes = member.Suffixes;
        _allow = member.Allow;
        _allowLookup = _allow.GetAlternateLookup<ReadOnlySpan<char>>();
        Count = member.TermCount;
    }

    /// <summary>
    /// Builds matchers for several word lists (the lexicon rules of a pack) over one trie whose entries carry their
    /// list. Each matcher finds exactly what a matcher built from its list alone finds, but a word is walked through
    /// the trie once for all of them per check (<see cref="LexiconTokens.Walks"/>), not once per list.
    /// </summary>
    /// <exception cref="ArgumentException">A term is not valid.</exception>
    internal static LexiconMatcher[] CreateGroup(IReadOnlyList<(IReadOnlyList<string> Terms, IEnumerable<string> Suffixes, IEnumerable<string> Allow)> lists)
    {
        ArgumentNullException.ThrowIfNull(lists);
        var group = Group.Build(lists);
        var matchers = new LexiconMatcher[lists.Count];
        for (var rule = 0; rule < matchers.Length; rule++)
        {
            matchers[rule] = new LexiconMatcher(group, rule);
        }

        group.Matchers = matchers;
        return matchers;
    }

    /// <summary>How many terms the matcher holds.</summary>
    public int Count { get; }

    /// <summary>How many matchers share this matcher's trie (1 unless built by <see cref="CreateGroup"/>).</summary>
    internal int GroupSize => _group.Members.Length;

    /// <summary>
    /// Why <paramref name="term"/> cannot be a term, or <see langword="null"/> when it can: a term is one to six
    /// words (one word of at least two letters), written in plain letters (the matcher undoes leetspeak itself), with an
    /// optional <c>*</c> at the end of a one-word term.
    /// </summary>
    public static string? Problem(string term)
    {
        Parse(term, out var problem);
        return problem;
    }

    /// <summary>The words of <paramref name="term"/> as the matcher compares them: folded, without apostrophes.</summary>
    public static IReadOnlyList<string> FoldWords(string term) => Parse(term, out _)?.Words ?? [];

    /// <summary>Adds the terms found in <paramref name="folded"/> to <paramref name="matches"/>, in text order.</summary>
    /// <param name="folded">Folded text (<see cref="FoldedText.Value"/>): lower case, accents removed.</param>
    /// <param name="allowedTerms">Indexes of terms to leave alone this time (a per-locale allow-list); their words are still consumed.</param>
    /// <param name="matches">Receives the matches.</param>
    public void FindAll(string folded, IReadOnlySet<int>? allowedTerms, ICollection<LexiconMatch> matches) =>
        FindAll(folded, null, allowedTerms, matches);

    /// <inheritdoc cref="FindAll(string, IReadOnlySet{int}?, ICollection{LexiconMatch})"/>
    /// <param name="words">The words <see cref="Tokenizer"/> found in <paramref name="folded"/>, when the check has them (<see cref="LexiconTokens.Of"/>).</param>
    internal void FindAll(string folded, IReadOnlyList<Token>? words, IReadOnlySet<int>? allowedTerms, ICollection<LexiconMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(folded);
        ArgumentNullException.ThrowIfNull(matches);
        var tokens = LexiconTokens.Of(folded, words);
        var work = new Workspace(tokens.WorkWord, tokens.WorkSkeleton, tokens.WorkRuns);
        var openings = tokens.WordOpenings;
        var singles = 0;
        var i = 0;
        while (i < tokens.Count)
        {
            if (singles == 0)
            {
                // Run over the words no term can start (most of them) in a tight loop, as the test below does one at a time.
                while (i < openings.Length && openings[i] >= 0 && (_openings[openings[i] >> 6] & (1UL << openings[i])) == 0)
                {
                    i++;
                }

                if (i == openings.Length)
                {
                    break;
                }
            }

            ref readonly var token = ref tokens[i];
            if (token.Single)
            {
                // Letters spelled out one by one join while one separator stands between them (f.u.c.k, f u c k).
                var previous = i - 1;
                var joined = singles > 0 && tokens[previous].End + 1 == token.Start && IsSpellingSeparator(folded[token.Start - 1]);
                if (!joined || singles == MaxSingles)
                {
                    FindInSingles(tokens, i - singles, singles, work, allowedTerms, matches);
                    singles = 0;
                }

                singles++;
                i++;
                continue;
            }

            if (singles > 0)
            {
                FindInSingles(tokens, i - singles, singles, work, allowedTerms, matches);
                singles = 0;
            }

            if (token.Opening >= 0 && (_openings[token.Opening >> 6] & (1UL << token.Opening)) == 0)
            {
                // The trie has no path for the word's first two letters, nor a term of one letter that the word could
                // go on from: walking it would find nothing and read no further word.
                i++;
                continue;
            }

            i = MatchToken(tokens, i, work, allowedTerms, matches);
        }

        FindInSingles(tokens, i - singles, singles, work, allowedTerms, matches);
    }

    /// <summary>Matches the word at <paramref name="index"/>, alone or as the start of a phrase; returns the index of the next word to read.</summary>
    private int MatchToken(LexiconTokens tokens, int index, Workspace work, IReadOnlySet<int>? allowedTerms, ICollection<LexiconMatch> matches)
    {
        ref readonly var token = ref tokens[index];
        if (token.Masked)
        {
            Emit(MatchMasked(tokens.Letters(token)), token.Start, token.End, allowedTerms, matches);
            return index + 1;
        }

        ReadOnlySpan<char> skeleton = tokens.Skeleton(token);
        ReadOnlySpan<byte> runs = tokens.Runs(token);
        var letters = tokens.Letters(token);
        int best;
        int node;
        if (_group.Matchers.Length > 1)
        {
            // The first matcher of the group to reach this word walks it for all of them; the others read the result.
            var stride = _group.Matchers.Length + 1;
            var walk = tokens.Walks(_group, stride).Slice(index * stride, stride);
            if (walk[0] == LexiconTokens.NotWalked)
            {
                walk[0] = _group.WalkAll(skeleton, runs, walk[1..]);
            }

            best = walk[1 + _rule];
            node = walk[0];
        }
        else
        {
            best = MatchWord(skeleton, runs, 0, 0, skeleton.Length, Root, allowCompound: true, out node);
        }

        if (best < 0 && token.HasOne)
        {
            // "1" is an i more often than an l (sh1t), but not always (1ick).
            var length = LexiconTokens.Decode(tokens.Text.AsSpan(token.Start, token.End - token.Start), work.Word, oneAsL: true, out _, out _);
            var size = LexiconTokens.Collapse(work.Word[..length], work.Skeleton, work.Runs);
            letters = work.Word[..length];
            best = MatchWord(work.Skeleton[..size], work.Runs[..size], 0, 0, size, Root, allowCompound: true, out _);
            node = -1;
        }

        // Allowed words are looked up only for words that match: most words never reach the hash.
        var allowed = best >= 0 && _allow.Count > 0 && _allowLookup.Contains(letters);
        var last = index;
        if (node >= 0 && Child(node, WordBreak) >= 0)
        {
            var phrase = MatchPhrase(tokens, index, node, work, out var phraseLast);
            if (phrase >= 0)
            {
                best = phrase;
                last = phraseLast;
                allowed = false;
            }
        }

        Emit(best < 0 || allowed ? -1 : _entries[best].Term, token.Start, tokens[last].End, allowedTerms, matches);
        return last + 1;
    }

    /// <summary>
    /// Goes on from the word at <paramref name="index"/> while the trie has a word break after the words read and the
    /// next word follows closely; returns the longest phrase matched, or -1.
    /// </summary>
    private int MatchPhrase(LexiconTokens tokens, int index, int node, Workspace work, out int last)
    {
        var skeleton = work.Skeleton;
        var runs = work.Runs;
        ref readonly var first = ref tokens[index];
        tokens.Skeleton(first).CopyTo(skeleton);
        tokens.Runs(first).CopyTo(runs);
        var size = first.SkeletonLength;
        var best = -1;
        last = index;
        for (var next = index + 1; next < tokens.Count && next - index < MaxPhraseWords && node >= 0; next++)
        {
            var afterBreak = Child(node, WordBreak);
            ref readonly var token = ref tokens[next];
            if (afterBreak < 0 || token.Masked || token.Start - tokens[next - 1].End > MaxPhraseGap || size + 1 + token.SkeletonLength > MaxPhrase)
            {
                break;
            }

            skeleton[size] = WordBreak;
            runs[size] = 1;
            var wordStart = size + 1;
            tokens.Skeleton(token).CopyTo(skeleton[wordStart..]);
            tokens.Runs(token).CopyTo(runs[wordStart..]);
            size = wordStart + token.SkeletonLength;
            var match = MatchWord(skeleton, runs, 0, wordStart, size, afterBreak, allowCompound: false, out node);
            if (match >= 0)
            {
                best = match;
                last = next;
            }
        }

        return best;
    }

    /// <summary>
    /// Walks the trie from <paramref name="node"/> over <c>skeleton[from..to)</c> and returns the entry that matches the
    /// whole word (exactly, by prefix, with an ending, or followed by a second term), preferring the longest term.
    /// </summary>
    /// <param name="origin">Where the term's skeleton starts, for comparing run lengths.</param>
    /// <param name="endNode">The node reached at the end of the word, or -1 when the trie ends before it.</param>
    private int MatchWord(
        ReadOnlySpan<char> skeleton,
        ReadOnlySpan<byte> runs,
        int origin,
        int from,
        int to,
        int node,
        bool allowCompound,
        out int endNode)
    {
        var best = -1;
        var bestConsumed = 0;
        endNode = -1;
        for (var p = from; p < to; p++)
        {
            node = Child(node, skeleton[p]);
            if (node < 0)
            {
                return best;
            }

            var current = _nodes[node];
            var consumed = p + 1;
            for (var e = current.FirstEntry; e < current.FirstEntry + current.EntryCount; e++)
            {
                var entry = _entries[e];
                if (entry.Rule != _rule || !RunsCover(runs[origin..consumed], entry, lastMayDouble: entry.Prefix && consumed < to))
                {
                    continue;
                }

                var matched = consumed == to
                    || entry.Prefix
                    || (entry.LastWordLetters >= MinInflectedStem && IsSuffix(skeleton[consumed..to], runs[consumed..to]))
                    || (allowCompound && !entry.Phrase && entry.LastWordLetters >= MinCompoundPart && IsCompoundTail(skeleton, runs, consumed, to));

                // The longest term wins; of two with one skeleton, the one with more letters (boob over bob).
                if (matched && (consumed > bestConsumed || entry.RunSum > _entries[best].RunSum))
                {
                    best = e;
                    bestConsumed = consumed;
                }
            }
        }

        endNode = node;
        return best;
    }

    internal bool IsCompoundTail(ReadOnlySpan<char> skeleton, ReadOnlySpan<byte> runs, int from, int to)
    {
        var tail = MatchWord(skeleton, runs, from, from, to, Root, allowCompound: false, out _);
        return tail >= 0 && _entries[tail].LastWordLetters >= MinCompoundPart;
    }

    internal bool RunsCover(ReadOnlySpan<byte> runs, Entry entry, bool lastMayDouble)
    {
        if (runs.Length != entry.Length)
        {
            return false;
        }

        // A letter may be drawn out (fuuuck, fuckkk), and the last letter of a prefix doubled inside the word (shitty),
        // but a doubled letter otherwise makes another word: shiitake is not shit*, assess(ed) is not asses(+ed).
        var doubledEnd = lastMayDouble ? runs.Length - 1 : -1;
        for (var k = 0; k < runs.Length; k++)
        {
            var expected = _runs[entry.RunStart + k];
            if (runs[k] != expected && (runs[k] < expected || (k != doubledEnd && runs[k] < 3)))
            {
                return false;
            }
        }

        return true;
    }

    internal bool IsSuffix(ReadOnlySpan<char> skeleton, ReadOnlySpan<byte> runs)
    {
        foreach (var suffix in _suffixes)
        {
            if (!skeleton.SequenceEqual(suffix.Skeleton))
            {
                continue;
            }

            var same = true;
            for (var k = 0; k < runs.Length && same; k++)
            {
                // Endings are read as written ("assess" is not "ass" + "es"), except when drawn out ("fuckinnn").
                same = runs[k] == suffix.Runs[k] || runs[k] >= 3;
            }

            if (same)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Letters spelled out one by one (<c>f.u.c.k</c>, <c>f u c k</c>): the run must be a term as a whole, or once a
    /// one-letter word before or after it is set aside (<c>a f u c k</c>), so that a spelled-out innocent word
    /// (<c>a s s i s t a n t</c>) is never searched for terms inside it.
    /// </summary>
    private void FindInSingles(LexiconTokens tokens, int first, int count, Workspace work, IReadOnlySet<int>? allowedTerms, ICollection<LexiconMatch> matches)
    {
        if (count < 3)
        {
            return;
        }

        foreach (var (skipStart, skipEnd) in (ReadOnlySpan<(int, int)>)[(0, 0), (1, 0), (0, 1), (1, 1)])
        {
            var from = first + skipStart;
            var length = count - skipStart - skipEnd;
            if (length < 3)
            {
                continue;
            }

            var term = MatchSpelled(tokens, from, length, work);
            if (term >= 0)
            {
                Emit(term, tokens[from].Start, tokens[from + length - 1].End, allowedTerms, matches);
                return;
            }
        }
    }

    private int MatchSpelled(LexiconTokens tokens, int from, int length, Workspace work)
    {
        var letters = 0;
        for (var k = 0; k < length; k++)
        {
            ref readonly var single = ref tokens[from + k];
            work.Word[k] = tokens.Letters(single)[0];
            letters += single.Real ? 1 : 0;
        }

        var word = work.Word[..length];
        if (letters < MinLetters || (_allow.Count > 0 && _allowLookup.Contains(word)))
        {
            return -1;
        }

        var size = LexiconTokens.Collapse(word, work.Skeleton, work.Runs);
        var best = MatchWord(work.Skeleton[..size], work.Runs[..size], 0, 0, size, Root, allowCompound: false, out _);
        return best < 0 ? -1 : _entries[best].Term;
    }

    /// <summary>A word with masked letters (<c>f*ck</c>): the first term it can stand for, letter by letter.</summary>
    private int MatchMasked(ReadOnlySpan<char> word)
    {
        if (word[0] == Wildcard)
        {
            return -1;
        }

        var best = -1;
        var bestExact = false;
        foreach (var (letters, prefix, term) in _plainWords)
        {
            if (word.Length < letters.Length)
            {
                continue;
            }

            var fits = true;
            for (var k = 0; k < letters.Length && fits; k++)
            {
                fits = word[k] == Wildcard || word[k] == letters[k];
            }

            var rest = word[letters.Length..];
            if (!fits || rest.Contains(Wildcard))
            {
                continue;
            }

            var exact = rest.IsEmpty;
            if (exact || prefix || (letters.Length >= MinInflectedStem && IsPlainSuffix(rest)))
            {
                if (best < 0 || (exact && !bestExact))
                {
                    best = term;
                    bestExact = exact;
                }
            }
        }

        return best;
    }

    private bool IsPlainSuffix(ReadOnlySpan<char> rest)
    {
        foreach (var suffix in _suffixes)
        {
            if (rest.SequenceEqual(suffix.Plain))
            {
                return true;
            }
        }

        return false;
    }

    private static void Emit(int term, int start, int end, IReadOnlySet<int>? allowedTerms, ICollection<LexiconMatch> matches)
    {
        if (term >= 0 && (allowedTerms is null || !allowedTerms.Contains(term)))
        {
            matches.Add(new LexiconMatch(term, start, end));
        }
    }

    internal int Child(int node, char c)
    {
        if (node == Root)
        {
            return c < RootTableSize ? _rootTable[c] : FindEdge(Root, c);
        }

        return FindEdge(node, c);
    }

    private int FindEdge(int node, char c)
    {
        var key = EdgeKey(node, c);
        var mask = _edgeKeys.Length - 1;
        for (var slot = EdgeSlot(key); ; slot = (slot + 1) & mask)
        {
            var found = _edgeKeys[slot];
            if (found == key)
            {
                return _edgeTargets[slot];
            }

            if (found == 0)
            {
                return -1;
            }
        }
    }

    internal static ulong EdgeKey(int node, char c) => ((ulong)(uint)node << 16 | c) + 1;

    private int EdgeSlot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _edgeShift);

    private static bool IsSpellingSeparator(char c) => c is ' ' or '.' or '-' or '_' or '·';

    internal static void AddSkeleton(string word, List<char> skeleton, List<byte> runs)
    {
        Span<char> chars = stackalloc char[word.Length];
        Span<byte> lengths = stackalloc byte[word.Length];
        var size = LexiconTokens.Collapse(word, chars, lengths);
        for (var k = 0; k < size; k++)
        {
            skeleton.Add(chars[k]);
            runs.Add(lengths[k]);
        }
    }

    internal static ParsedTerm? Parse(string term, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(term))
        {
            problem = "a term must not be empty";
            return null;
        }

        var folded = FoldedText.Create(term.Trim()).Value.Replace("'", string.Empty, StringComparison.Ordinal);
        var prefix = folded.EndsWith(Wildcard);
        if (prefix)
        {
            folded = folded[..^1];
        }

        var words = folded.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > MaxPhraseWords)
        {
            problem = $"'{term}' must have from 1 to {MaxPhraseWords} words";
            return null;
        }

        if (prefix && words.Length > 1)
        {
            problem = $"'{term}': only a one-word term may end in * (every word that starts with it)";
            return null;
        }

        foreach (var word in words)
        {
            if (word.Length > LexiconTokens.MaxWord || !word.All(char.IsLetter))
            {
                problem = $"'{term}': write terms in plain letters; the matcher itself undoes leetspeak, repeated letters and spelled-out letters";
                return null;
            }
        }

        if (words.Length == 1 && words[0].Length < MinLetters)
        {
            problem = $"'{term}': a one-word term needs at least {MinLetters} letters";
            return null;
        }

        if (words.Sum(w => w.Length + 1) > MaxPhrase)
        {
            problem = $"'{term}' is too long";
            return null;
        }

        return new ParsedTerm(words, prefix);
    }

    internal sealed record ParsedTerm(string[] Words, bool Prefix);

    private readonly record struct Single(int Start, int End, char Letter, bool Real);

    private readonly ref struct Workspace(Span<char> word, Span<char> skeleton, Span<byte> runs)
    {
        public Span<char> Word { get; } = word;

        public Span<char> Skeleton { get; } = skeleton;

        public Span<byte> Runs { get; } = runs;
    }

    internal readonly record struct Node(int FirstEdge, int EdgeCount, int FirstEntry, int EntryCount);

    /// <param name="Term">Index of the term.</param>
    /// <param name="RunStart">Where its run lengths start in <see cref="_runs"/>.</param>
    /// <param name="Length">Length of its skeleton.</param>
    /// <param name="LastWordLetters">Letters of its last word, as written.</param>
    /// <param name="RunSum">Letters of the whole term, to prefer the most specific of two terms with one skeleton (<c>boob</c> over <c>bob</c>).</param>
    /// <param name="Prefix">Whether it matches every word that starts with it.</param>
    /// <param name="Phrase">Whether it has several words.</param>
    /// <param name="Rule">Which word list of the group it belongs to.</param>
    internal readonly record struct Entry(int Rule, int Term, int RunStart, int Length, int LastWordLetters, int RunSum, bool Prefix, bool Phrase);

    internal sealed record Affix(string Plain, char[] Skeleton, byte[] Runs)
    {
        public static Affix Create(string plain)
        {
            var letters = plain.Trim();
            Span<char> skeleton = stackalloc char[letters.Length];
            Span<byte> runs = stackalloc byte[letters.Length];
            var size = LexiconTokens.Collapse(letters, skeleton, runs);
            return new Affix(letters, skeleton[..size].ToArray(), runs[..size].ToArray());
        }
    }

    /// <summary>What the matchers of one group share (the trie, whose entries carry their list) and what each list has of its own.</summary>
    private sealed class Group
    {
        public Node[] Nodes { get; private init; } = [];

        public ulong[] EdgeKeys { get; private init; } = [];

        public int[] EdgeTargets { get; private init; } = [];

        public int EdgeShift { get; private init; }

        public int[] RootTable { get; private init; } = [];

        public Entry[] Entries { get; private init; } = [];

        public byte[] Runs { get; private init; } = [];

        public Member[] Members { get; private init; } = [];

        /// <summary>The matchers over this group, by list; set once they are built.</summary>
        public LexiconMatcher[] Matchers { get; set; } = [];

        public static Group Build(IReadOnlyList<(IReadOnlyList<string> Terms, IEnumerable<string> Suffixes, IEnumerable<string> Allow)> lists)
        {
            var builder = new TrieBuilder();
            var entries = new List<Entry>();
            var runs = new List<byte>();
            var members = new Member[lists.Count];
            for (var rule = 0; rule < lists.Count; rule++)
            {
                var (terms, suffixes, allow) = lists[rule];
                ArgumentNullException.ThrowIfNull(terms);
                ArgumentNullException.ThrowIfNull(suffixes);
                ArgumentNullException.ThrowIfNull(allow);
                var plainWords = new List<(string, bool, int)>();
                var openings = new ulong[LexiconTokens.Openings / 64];
                for (var term = 0; term < terms.Count; term++)
                {
                    var parsed = Parse(terms[term], out var problem) ?? throw new ArgumentException(problem, nameof(lists));
                    var skeleton = new List<char>();
                    var start = runs.Count;
                    foreach (var word in parsed.Words)
                    {
                        if (skeleton.Count > 0)
                        {
                            skeleton.Add(WordBreak);
                            runs.Add(1);
                        }

                        AddSkeleton(word, skeleton, runs);
                    }

                    var node = builder.Insert(skeleton);
                    var runSum = 0;
                    for (var k = start; k < runs.Count; k++)
                    {
                        runSum += runs[k];
                    }

                    var phrase = parsed.Words.Length > 1;
                    builder.AddEntry(node, entries.Count);
                    entries.Add(new Entry(rule, term, start, skeleton.Count, parsed.Words[^1].Length, runSum, parsed.Prefix, phrase));
                    if (!phrase)
                    {
                        plainWords.Add((parsed.Words[0], parsed.Prefix, term));
                    }

                    AddOpenings(skeleton, openings);
                }

                members[rule] = new Member(
                    terms.Count,
                    [.. plainWords],
                    openings,
                    suffixes.Select(s => Affix.Create(FoldedText.Create(s).Value)).Where(a => a.Skeleton.Length > 0).ToArray(),
                    allow.Select(a => FoldedText.Create(a).Value.Replace("'", string.Empty, StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal));
            }

            var (nodes, edgeChars, edgeTargets, ordered) = builder.Build();

            // Edges live in one open-addressing table keyed by (node, letter): one multiply and a probe or two per letter.
            var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, edgeChars.Length * 2));
            var shift = 64 - BitOperations.Log2((uint)capacity);
            var keys = new ulong[capacity];
            var targets = new int[capacity];
            for (var n = 0; n < nodes.Length; n++)
            {
                for (var e = nodes[n].FirstEdge; e < nodes[n].FirstEdge + nodes[n].EdgeCount; e++)
                {
                    var key = EdgeKey(n, edgeChars[e]);
                    var slot = (int)((key * 0x9E3779B97F4A7C15UL) >> shift);
                    while (keys[slot] != 0)
                    {
                        slot = (slot + 1) & (capacity - 1);
                    }

                    keys[slot] = key;
                    targets[slot] = edgeTargets[e];
                }
            }

            var rootTable = new int[RootTableSize];
            for (var c = 0; c < RootTableSize; c++)
            {
                rootTable[c] = -1;
                for (var e = nodes[Root].FirstEdge; e < nodes[Root].FirstEdge + nodes[Root].EdgeCount; e++)
                {
                    if (edgeChars[e] == c)
                    {
                        rootTable[c] = edgeTargets[e];
                    }
                }
            }

            return new Group
            {
                Nodes = nodes,
                EdgeKeys = keys,
                EdgeTargets = targets,
                EdgeShift = shift,
                RootTable = rootTable,
                Entries = ordered.Select(i => entries[i]).ToArray(),
                Runs = [.. runs],
                Members = members,
            };
        }

        /// <summary>
        /// Walks a whole word from the root once for every list: writes each list's best entry (what its own
        /// <see cref="MatchWord"/> with compounds allowed returns) to <paramref name="best"/> and returns the node
        /// reached at the end of the word, or -1.
        /// </summary>
        public int WalkAll(ReadOnlySpan<char> skeleton, ReadOnlySpan<byte> runs, Span<int> best)
        {
            best.Fill(-1);
            var trie = Matchers[0];
            var to = skeleton.Length;
            var node = Root;
            for (var p = 0; p < to; p++)
            {
                node = trie.Child(node, skeleton[p]);
                if (node < 0)
                {
                    return -1;
                }

                var current = Nodes[node];
                var consumed = p + 1;
                for (var e = current.FirstEntry; e < current.FirstEntry + current.EntryCount; e++)
                {
                    var entry = Entries[e];
                    var matcher = Matchers[entry.Rule];
                    if (!matcher.RunsCover(runs[..consumed], entry, lastMayDouble: entry.Prefix && consumed < to))
                    {
                        continue;
                    }

                    var matched = consumed == to
                        || entry.Prefix
                        || (entry.LastWordLetters >= MinInflectedStem && matcher.IsSuffix(skeleton[consumed..to], runs[consumed..to]))
                        || (!entry.Phrase && entry.LastWordLetters >= MinCompoundPart && matcher.IsCompoundTail(skeleton, runs, consumed, to));

                    // As in MatchWord: a term matched so far always covers the whole skeleton read before it (its runs are checked), so its length is what was consumed.
                    var before = best[entry.Rule];
                    if (matched && (before < 0 || consumed > Entries[before].Length || entry.RunSum > Entries[before].RunSum))
                    {
                        best[entry.Rule] = e;
                    }
                }
            }

            return node;
        }

        private static void AddOpenings(List<char> skeleton, ulong[] openings)
        {
            // The pairs of ASCII letters a word's skeleton may start with to reach the term (every pair after a term of one letter).
            var first = skeleton[0];
            if (first >= LexiconTokens.OpeningLetters)
            {
                return;
            }

            for (var second = 0; second < LexiconTokens.OpeningLetters; second++)
            {
                if (skeleton.Count == 1 || skeleton[1] == second)
                {
                    var pair = (first * LexiconTokens.OpeningLetters) + second;
                    openings[pair >> 6] |= 1UL << pair;
                }
            }
        }
    }

    /// <summary>What one word list of a group has of its own.</summary>
    private sealed record Member(
        int TermCount,
        (string Letters, bool Prefix, int Term)[] PlainWords,
        ulong[] Openings,
        Affix[] Suffixes,
        HashSet<string> Allow);

    /// <summary>Builds the trie with dictionaries, then lays it out flat: nodes, their edges and their entries in arrays.</summary>
    internal sealed class TrieBuilder
    {
        private readonly List<Dictionary<char, int>> _children = [[]];
        private readonly List<List<int>> _entries = [[]];

        public int Insert(List<char> skeleton)
        {
            var node = Root;
            foreach (var c in skeleton)
            {
                if (!_children[node].TryGetValue(c, out var child))
                {
                    child = _children.Count;
                    _children.Add([]);
                    _entries.Add([]);
                    _children[node][c] = child;
                }

                node = child;
            }

            return node;
        }

        public void AddEntry(int node, int entry) => _entries[node].Add(entry);

        public (Node[] Nodes, char[] EdgeChars, int[] EdgeTargets, List<int> EntryOrder) Build()
        {
            var nodes = new Node[_children.Count];
            var edgeChars = new List<char>();
            var edgeTargets = new List<int>();
            var order = new List<int>();
            for (var n = 0; n < nodes.Length; n++)
            {
                var firstEdge = edgeChars.Count;
                foreach (var (c, child) in _children[n].OrderBy(p => p.Key))
                {
                    edgeChars.Add(c);
                    edgeTargets.Add(child);
                }

                var firstEntry = order.Count;
                order.AddRange(_entries[n]);
                nodes[n] = new Node(firstEdge, edgeChars.Count - firstEdge, firstEntry, _entries[n].Count);
            }

            return (nodes, [.. edgeChars], [.. edgeTargets], order);
        }
    }
}
