using System.Buffers;
using Word = AgentAssist.Core.Text.Token;

namespace AgentAssist.Core.Lexicon;

/// <summary>
/// The words of a folded draft as every <see cref="LexiconMatcher"/> reads them: word-like runs of letters, digits
/// and the symbols people put in place of letters, with leetspeak undone and each reduced to a skeleton with run
/// lengths. Reading them is most of the cost of a lexicon rule and does not depend on the word list, so the words of
/// the last draft read on a thread are kept and shared by every lexicon rule that checks the same draft: the
/// buffers are reused, and a check allocates nothing here.
/// </summary>
internal sealed class LexiconTokens
{
    /// <summary>Longest word read; longer runs are not words anyone dodges a filter with.</summary>
    public const int MaxWord = 48;

    public const char Wildcard = '*';

    /// <summary>Skeleton letters below this form an <see cref="Token.Opening"/>.</summary>
    public const int OpeningLetters = 128;

    /// <summary>What <see cref="WordOpenings"/> holds for a one-character word, which joins spelled-out words.</summary>
    public const int SingleOpening = -2;

    /// <summary>How many openings there are.</summary>
    public const int Openings = OpeningLetters * OpeningLetters;

    /// <summary>A word with digits needs this many letters, and more letters than digits, to be read as leetspeak.</summary>
    private const int MinLettersWithDigits = 3;

    /// <summary>Characters that make this reader's words differ from <see cref="Text.Tokenizer"/>'s wherever they are: symbols read as letters, handles (<c>!</c> only inside a word, see <see cref="ExclamationsAtEdges"/>).</summary>
    private static readonly SearchValues<char> Symbols = SearchValues.Create("@$*");

    [ThreadStatic]
    private static LexiconTokens? t_last;

    /// <summary>Room for the longest phrase a matcher compares, in letters.</summary>
    public const int MaxPhrase = 128;

    private readonly char[] _workWord = new char[MaxPhrase];
    private readonly char[] _workSkeleton = new char[MaxPhrase];
    private readonly byte[] _workRuns = new byte[MaxPhrase];
    private Token[] _tokens = new Token[64];
    private int[] _openings = new int[64];
    private char[] _letters = new char[512];
    private char[] _skeletons = new char[512];
    private byte[] _runs = new byte[512];

    /// <summary>What a slot of <see cref="Walks"/> holds until the word is walked.</summary>
    public const int NotWalked = int.MinValue;

    private object? _walkOwner;
    private int[] _walks = new int[320];

    /// <summary>The folded text read.</summary>
    public string Text { get; private set; } = string.Empty;

    public int Count { get; private set; }

    public ref readonly Token this[int index] => ref _tokens[index];

    /// <summary>
    /// <see cref="Token.Opening"/> of every word, side by side so a matcher can run over the words it skips without
    /// reading whole tokens; <see cref="SingleOpening"/> for a one-character word.
    /// </summary>
    public ReadOnlySpan<int> WordOpenings => _openings.AsSpan(0, Count);

    /// <summary>Scratch space for a matcher on this thread (a word re-read, a phrase's skeleton and runs), so a check needs no fresh buffers.</summary>
    public Span<char> WorkWord => _workWord;

    /// <inheritdoc cref="WorkWord"/>
    public Span<char> WorkSkeleton => _workSkeleton;

    /// <inheritdoc cref="WorkWord"/>
    public Span<byte> WorkRuns => _workRuns;

    /// <summary>The words of <paramref name="folded"/>, read now or reused from the last read on this thread.</summary>
    /// <param name="folded">The folded text.</param>
    /// <param name="words">
    /// The text's words as <see cref="Text.Tokenizer"/> found them, if the check has them already: when the text has no
    /// symbol read as a letter (<c>@ $ *</c>, or <c>!</c> other than at a word's edge) and no link, this reader's words
    /// start and end where those do (<see cref="CanReadFrom"/>), so their bounds are taken from there instead of
    /// scanning the text a second time.
    /// </param>
    public static LexiconTokens Of(string folded, IReadOnlyList<Word>? words = null)
    {
        var tokens = t_last ??= new LexiconTokens();
        if (!ReferenceEquals(tokens.Text, folded))
        {
            tokens.Read(folded, words);
        }

        return tokens;
    }

    /// <summary>Reads <paramref name="folded"/> into a new instance, not the thread's (for tests).</summary>
    internal static LexiconTokens ReadNew(string folded, IReadOnlyList<Word>? words)
    {
        var tokens = new LexiconTokens();
        tokens.Read(folded, words);
        return tokens;
    }

    /// <summary>Whether the words of <paramref name="text"/> read from <paramref name="words"/> are the ones <see cref="NextToken"/> finds.</summary>
    internal static bool CanReadFrom(string text, IReadOnlyList<Word> words) =>
        (words.Count == 0 || ReferenceEquals(words[0].FoldedText, text))
        && !text.AsSpan().ContainsAny(Symbols)
        && !text.Contains("http", StringComparison.Ordinal)
        && !text.Contains("www.", StringComparison.Ordinal)
        && ExclamationsAtEdges(text);

    /// <summary>
    /// Whether every run of <c>!</c> in <paramref name="text"/> is trimmed away by <see cref="Trim"/> as
    /// <see cref="Text.Tokenizer"/> leaves it out: after a letter or digit, the run must end the word (no letter, digit
    /// or apostrophe after it: <c>thanks!</c>, not <c>sh!t</c>); elsewhere it starts a word and is trimmed from its
    /// front, unless an apostrophe follows (<c>!'s</c> would keep the apostrophe).
    /// </summary>
    private static bool ExclamationsAtEdges(string text)
    {
        var from = 0;
        while (true)
        {
            var found = text.AsSpan(from).IndexOf('!');
            if (found < 0)
            {
                return true;
            }

            var a = from + found;
            var b = a;
            while (b < text.Length && text[b] == '!')
            {
                b++;
            }

            var afterWord = a > 0 && char.IsLetterOrDigit(text[a - 1]);
            if (b < text.Length && (text[b] == '\'' || (afterWord && char.IsLetterOrDigit(text[b]))))
            {
                return false;
            }

            from = b;
        }
    }

    /// <summary>
    /// Room for what <paramref name="owner"/> (the trie of a group of matchers) found for each word of this text:
    /// <paramref name="stride"/> ints per word, <see cref="NotWalked"/> until it writes them. Only one owner keeps its
    /// results at a time; another owner, or another text, starts afresh.
    /// </summary>
    public Span<int> Walks(object owner, int stride)
    {
        var size = Count * stride;
        if (!ReferenceEquals(_walkOwner, owner))
        {
            if (_walks.Length < size)
            {
                _walks = new int[Math.Max(size, _walks.Length * 2)];
            }

            _walks.AsSpan(0, size).Fill(NotWalked);
            _walkOwner = owner;
        }

        return _walks.AsSpan(0, size);
    }

    /// <summary>The letters the word stands for: leetspeak undone, <c>*</c> kept for a masked letter.</summary>
    public ReadOnlySpan<char> Letters(in Token token) => _letters.AsSpan(token.LetterStart, token.Length);

    public ReadOnlySpan<char> Skeleton(in Token token) => _skeletons.AsSpan(token.LetterStart, token.SkeletonLength);

    public ReadOnlySpan<byte> Runs(in Token token) => _runs.AsSpan(token.LetterStart, token.SkeletonLength);

    /// <summary>
    /// Writes the letters <paramref name="token"/> stands for: leetspeak undone, apostrophes dropped, <c>*</c> kept as a
    /// masked letter. Returns the length, or 0 when the token is not a word: no letters, too long, or a code with
    /// digits and few letters (<c>A55</c> and <c>A5S</c> are phones; <c>sh1t</c> and <c>b00bs</c> are words).
    /// </summary>
    public static int Decode(ReadOnlySpan<char> token, Span<char> buffer, bool oneAsL, out int wildcards, out bool hasOne)
    {
        wildcards = 0;
        hasOne = false;
        var length = 0;
        var letters = 0;
        var digits = 0;
        foreach (var c in token)
        {
            char letter;
            if (c is >= 'a' and <= 'z')
            {
                letter = c;
                letters++;
            }
            else if (c == '\'')
            {
                continue;
            }
            else if (c == Wildcard)
            {
                letter = Wildcard;
                wildcards++;
            }
            else if (char.IsLetter(c))
            {
                letter = LookAlike(c);
                letters++;
            }
            else
            {
                letter = Leet(c, oneAsL);
                if (letter == '\0')
                {
                    return 0;
                }

                digits += char.IsDigit(c) ? 1 : 0;
                hasOne |= c == '1';
            }

            if (length == buffer.Length)
            {
                return 0;
            }

            buffer[length++] = letter;
        }

        return letters == 0 || (digits > 0 && (letters < MinLettersWithDigits || letters <= digits)) ? 0 : length;
    }

    /// <summary>Reduces runs of one letter to one letter, keeping each run's length.</summary>
    public static int Collapse(ReadOnlySpan<char> word, Span<char> skeleton, Span<byte> runs)
    {
        var size = 0;
        foreach (var c in word)
        {
            if (size > 0 && skeleton[size - 1] == c)
            {
                runs[size - 1] = (byte)Math.Min(runs[size - 1] + 1, byte.MaxValue);
                continue;
            }

            skeleton[size] = c;
            runs[size] = 1;
            size++;
        }

        return size;
    }

    private void Read(string text, IReadOnlyList<Word>? words)
    {
        if (words is not null && !CanReadFrom(text, words))
        {
            words = null;
        }

        Text = text;
        Count = 0;
        _walkOwner = null;
        if (_letters.Length < text.Length + MaxWord)
        {
            var size = text.Length + MaxWord;
            _letters = new char[size];
            _skeletons = new char[size];
            _runs = new byte[size];
        }

        var used = 0;
        var position = 0;
        int start;
        int end;
        while (words is null ? NextToken(text, ref position, out start, out end) : NextWord(words, ref position, out start, out end))
        {
            var letters = _letters.AsSpan(used);
            int length;
            int wildcards;
            var hasOne = false;
            var single = end - start == 1;
            var real = false;
            if (single)
            {
                var c = text[start];
                real = char.IsLetter(c);
                letters[0] = real ? LookAlike(c) : Leet(c, oneAsL: false);
                length = letters[0] == '\0' ? 0 : 1;
                wildcards = 0;
            }
            else
            {
                length = Decode(text.AsSpan(start, end - start), letters[..MaxWord], oneAsL: false, out wildcards, out hasOne);
                if (wildcards > 0 && IsSpelledWithStars(letters[..length]))
                {
                    length = RemoveStars(letters[..length]);
                    wildcards = 0;
                }
            }

            if (length == 0)
            {
                continue;
            }

            var skeletonLength = wildcards > 0 ? 0 : Collapse(letters[..length], _skeletons.AsSpan(used), _runs.AsSpan(used));
            if (Count == _tokens.Length)
            {
                Array.Resize(ref _tokens, _tokens.Length * 2);
                Array.Resize(ref _openings, _tokens.Length);
            }

            var skeleton = _skeletons.AsSpan(used);
            var opening = wildcards == 0 && !hasOne && skeletonLength >= 2 && skeleton[0] < OpeningLetters && skeleton[1] < OpeningLetters
                ? (skeleton[0] * OpeningLetters) + skeleton[1]
                : -1;
            _openings[Count] = single ? SingleOpening : opening;
            _tokens[Count++] = new Token(start, end, used, length, skeletonLength, wildcards > 0, hasOne, single, real, opening);
            used += length;
        }
    }

    /// <summary>
    /// The next of <paramref name="words"/>, for a text where they are this reader's words: with no <c>@ $ *</c>,
    /// no link and <c>!</c> only where <see cref="Trim"/> drops it, <see cref="NextToken"/> starts a word at the same
    /// letters and digits, takes the same apostrophes and trims only the same possessive 's.
    /// </summary>
    private static bool NextWord(IReadOnlyList<Word> words, ref int position, out int start, out int end)
    {
        if (position == words.Count)
        {
            start = end = 0;
            return false;
        }

        var folded = words[position++].Folded;
        start = folded.Start;
        end = folded.End;
        return true;
    }

    /// <summary>
    /// The next word-like run of <paramref name="text"/>: letters, digits and the symbols people put in place of
    /// letters (<c>@ $ ! *</c>), trimmed of punctuation (<c>!!!</c>), emphasis (<c>*word*</c>) and a possessive 's.
    /// Handles and links are skipped; a link ends where a character that cannot be in one (a space, a quote) begins.
    /// </summary>
    private static bool NextToken(string text, ref int position, out int start, out int end)
    {
        while (position < text.Length)
        {
            var c = text[position];
            if (!IsTokenChar(c))
            {
                position++;
                continue;
            }

            var at = position;
            if (c == '@' && at + 1 < text.Length && IsHandleChar(text[at + 1]))
            {
                position = at + 1;
                while (position < text.Length && IsHandleChar(text[position]))
                {
                    position++;
                }

                continue;
            }

            if (c is 'h' or 'w' && StartsLink(text, at))
            {
                while (position < text.Length && text[position] is > ' ' and < '\u007F' and not ('"' or '<' or '>'))
                {
                    position++;
                }

                continue;
            }

            var j = at + 1;
            while (j < text.Length && (IsTokenChar(text[j]) || (text[j] == '\'' && j + 1 < text.Length && char.IsLetter(text[j + 1]))))
            {
                j++;
            }

            position = j;
            start = at;
            end = j;
            Trim(text, ref start, ref end);
            if (start < end)
            {
                return true;
            }
        }

        start = end = position;
        return false;
    }

    private static void Trim(string text, ref int start, ref int end)
    {
        var leadingStars = 0;
        while (start < end && text[start] is '!' or Wildcard)
        {
            leadingStars += text[start] == Wildcard ? 1 : 0;
            start++;
        }

        while (end > start && text[end - 1] == '!')
        {
            end--;
        }

        var trailingStars = 0;
        while (end - trailingStars > start && text[end - 1 - trailingStars] == Wildcard)
        {
            trailingStars++;
        }

        // "*really*" is emphasis and "price*" a footnote; "f***" and "a**" are masked words.
        if (trailingStars > 0 && (leadingStars > 0 || end - trailingStars - start > 2))
        {
            end -= trailingStars;
        }

        if (end - start > 2 && text[end - 2] == '\'' && text[end - 1] == 's')
        {
            end -= 2;
        }
    }

    private static bool StartsLink(string text, int at)
    {
        var rest = text.AsSpan(at);
        return rest.StartsWith("http://", StringComparison.Ordinal)
            || rest.StartsWith("https://", StringComparison.Ordinal)
            || rest.StartsWith("www.", StringComparison.Ordinal);
    }

    private static bool IsTokenChar(char c) => c < 128
        ? c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or (>= 'A' and <= 'Z') or '@' or '$' or '!' or Wildcard
        : char.IsLetterOrDigit(c);

    private static bool IsHandleChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static char Leet(char c, bool oneAsL) => c switch
    {
        '0' => 'o',
        '1' => oneAsL ? 'l' : 'i',
        '3' => 'e',
        '4' => 'a',
        '5' => 's',
        '7' => 't',
        '8' => 'b',
        '9' => 'g',
        '@' => 'a',
        '$' => 's',
        '!' => 'i',
        _ => '\0',
    };

    /// <summary>Cyrillic and Greek letters that look like Latin ones, as used to slip a word past a filter.</summary>
    private static char LookAlike(char c) => c < 128 ? c : c switch
    {
        'а' or 'α' => 'a',
        'е' => 'e',
        'о' or 'ο' => 'o',
        'р' or 'ρ' => 'p',
        'с' => 'c',
        'у' => 'y',
        'х' or 'χ' => 'x',
        'і' or 'ι' => 'i',
        'ѕ' => 's',
        'ј' => 'j',
        'к' or 'κ' => 'k',
        'т' or 'τ' => 't',
        'ν' => 'v',
        _ => c,
    };

    /// <summary>Letters spelled out with stars between them (<c>f*u*c*k</c>).</summary>
    private static bool IsSpelledWithStars(ReadOnlySpan<char> word)
    {
        if (word.Length < 5 || word.Length % 2 == 0)
        {
            return false;
        }

        for (var k = 0; k < word.Length; k++)
        {
            if ((word[k] == Wildcard) != (k % 2 == 1))
            {
                return false;
            }
        }

        return true;
    }

    private static int RemoveStars(Span<char> word)
    {
        var length = 0;
        foreach (var c in word)
        {
            if (c != Wildcard)
            {
                word[length++] = c;
            }
        }

        return length;
    }

    /// <summary>A word of the draft.</summary>
    /// <param name="Start">Start in the folded text.</param>
    /// <param name="End">End in the folded text.</param>
    /// <param name="LetterStart">Where its letters, skeleton and runs start in the shared buffers.</param>
    /// <param name="Length">How many letters it stands for.</param>
    /// <param name="SkeletonLength">Length of its skeleton; 0 for a masked word.</param>
    /// <param name="Masked">Whether some letters are masked with <c>*</c>.</param>
    /// <param name="HasOne">Whether it holds a 1, read as i but perhaps an l.</param>
    /// <param name="Single">Whether it is one character, perhaps one of a word spelled out (<c>f u c k</c>).</param>
    /// <param name="Real">For a single character: whether it is a letter rather than a digit or symbol.</param>
    /// <param name="Opening">
    /// The first two letters of its skeleton as one number (<c>first * 128 + second</c>), when both are ASCII and the word
    /// is plain (not masked, no 1): a matcher whose trie has no path for them skips the word without walking it.
    /// -1 when the word must be walked.
    /// </param>
    public readonly record struct Token(
        int Start,
        int End,
        int LetterStart,
        int Length,
        int SkeletonLength,
        bool Masked,
        bool HasOne,
        bool Single,
        bool Real,
        int Opening);
}
