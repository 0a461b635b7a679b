namespace AgentAssist.Bot.Checking;

/// <summary>The body of <c>POST /api/v1/check</c>.</summary>
/// <param name="Text">The drafted reply.</param>
/// <param name="Channel">Channel id (<c>x</c>, <c>whatsapp</c>, <c>public</c>, <c>private</c>…); <c>public</c> when omitted.</param>
/// <param name="Language"><c>en</c> or <c>es</c>; detected when omitted.</param>
/// <param name="Customer">What is known of the customer, when anything is.</param>
public sealed record CheckRequest(string? Text, string? Channel, string? Language, CustomerRequest? Customer);

/// <summary>The customer a draft is for.</summary>
public sealed record CustomerRequest(
    string? Handle,
    string? FullName,
    string? PreferredName,
    string? Language,
    string? Region,
    IReadOnlyList<string>? SharedIdentifiers);
