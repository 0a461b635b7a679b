using AgentAssist.Core.Customers;
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
    private (object Key, object Value)[] _shared = [];

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

    /// <summary>The <see cref="WordVocabulary"/> id of each of <see cref="Tokens"/>, for phrase matchers.</summary>
    public ReadOnlySpan<int> WordIds => _wordIds ??= WordVocabulary.Find(Tokens);

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
}
