using AgentAssist.Core.Customers;
using AgentAssist.Core.Lexicon;
using AgentAssist.Core.Text;

namespace AgentAssist.Core.Checking;

/// <summary>
/// One draft under check, shared by every rule and detector: the text, its channel, language and customer,
/// and the folded text and words, computed once on first use.
/// </summary>
public sealed class CheckContext
{
    private FoldedText? _folded;
    private IReadOnlyList<Token>? _tokens;
    private int[]? _wordIds;
    private int[]? _knownWords;
    private (object Key, object Value)[] _shared = [];
    private List<PhraseMatch>? _phraseMatches;
    private List<LexiconMatch>? _lexiconMatches;

    public CheckContext(string text, ChannelProfile channel, string language, CustomerContext? customer = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentException.ThrowIfNullOrEmpty(language);
        Text = text;
        Channel = channel;
        Language = language;
        Customer = customer;
    }

    public string Text { get; }

    public ChannelProfile Channel { get; }

    public string Language { get; }

    public CustomerContext? Customer { get; }

    public FoldedText Folded => _folded ??= FoldedText.Create(Text);

    public IReadOnlyList<Token> Tokens => _tokens ??= Tokenizer.Tokenize(Folded);

    /// <summary><see cref="Tokens"/> if a rule has asked for them already, else <see langword="null"/> (a lexicon rule reads its words either way).</summary>
    internal IReadOnlyList<Token>? TokensIfRead => _tokens;

    /// <summary>The <see cref="WordVocabulary"/> id of each of <see cref="Tokens"/>, for phrase matchers.</summary>
    public ReadOnlySpan<int> WordIds => _wordIds ??= WordVocabulary.Find(Tokens);

    /// <summary>Positions in <see cref="Tokens"/> of the words some phrase uses (<see cref="WordIds"/> not unknown), in order.</summary>
    internal ReadOnlySpan<int> KnownWords => _knownWords ??= FindKnownWords(WordIds);

    /// <summary>
    /// Work several rules of one check share (the entities of the draft, say), computed by the first rule that asks
    /// and dropped with the context when the check ends. <paramref name="key"/> is an object the feature owns.
    /// </summary>
    public T Shared<T>(object key, Func<CheckContext, T> create)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(create);
        foreach (var (existing, value) in _shared)
        {
            if (ReferenceEquals(existing, key))
            {
                return (T)value;
            }
        }

        var created = create(this);
        _shared = [.. _shared, (key, created)];
        return created;
    }

    /// <summary>
    /// An empty list for one rule's phrase matches, the same list for every rule of the check: a rule turns its matches
    /// into findings before the next rule runs, so one list serves them all.
    /// </summary>
    internal List<PhraseMatch> PhraseMatchBuffer()
    {
        var matches = _phraseMatches ??= [];
        matches.Clear();
        return matches;
    }

    /// <inheritdoc cref="PhraseMatchBuffer"/>
    internal List<LexiconMatch> LexiconMatchBuffer()
    {
        var matches = _lexiconMatches ??= [];
        matches.Clear();
        return matches;
    }

    private static int[] FindKnownWords(ReadOnlySpan<int> ids)
    {
        var known = new int[ids.Length - ids.Count(WordVocabulary.Unknown)];
        var k = 0;
        for (var i = 0; i < ids.Length && k < known.Length; i++)
        {
            if (ids[i] != WordVocabulary.Unknown)
            {
                known[k++] = i;
            }
        }

        return known;
    }
}
