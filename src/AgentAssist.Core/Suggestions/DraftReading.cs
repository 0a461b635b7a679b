namespace AgentAssist.Core.Suggestions;

/// <summary>
/// The words a template file gives for reading a draft rather than writing a reply, all folded (lower case, no accents).
/// </summary>
/// <param name="SignOffWords">How an agent signs off (<c>thanks</c>, <c>kind regards</c>): a sentence of only these (and a name) is a sign-off.</param>
/// <param name="HandoffWords">Words of an agent's own hand-off to a private channel (<c>dm</c>, <c>private message</c>).</param>
/// <param name="PrivateTopicWords">Words that mean the reply needs private data or an account action, so a public reply hands off to a private message.</param>
/// <param name="OrderWords">Words that put a draft on the topic of an order (<c>order</c>, <c>delivery</c>).</param>
/// <param name="TopicStopWords">Words too common to relate a draft to a customer's history.</param>
/// <param name="FormalAddressWords">Words that address the customer formally (Spanish <c>usted</c>, <c>su</c>).</param>
/// <param name="InformalAddressWords">Words that address the customer informally (Spanish <c>tú</c>, <c>tu</c>).</param>
/// <param name="FormalAddressSwap">Informal word → formal word, applied to every phrase added to a formally addressed draft.</param>
internal sealed record DraftReading(
    IReadOnlyList<string> SignOffWords,
    IReadOnlyList<string> HandoffWords,
    IReadOnlyList<string> PrivateTopicWords,
    IReadOnlyList<string> OrderWords,
    IReadOnlyList<string> TopicStopWords,
    IReadOnlyList<string> FormalAddressWords,
    IReadOnlyList<string> InformalAddressWords,
    IReadOnlyDictionary<string, string> FormalAddressSwap);
