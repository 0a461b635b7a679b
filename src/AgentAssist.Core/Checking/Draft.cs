using AgentAssist.Core.Customers;

namespace AgentAssist.Core.Checking;

/// <summary>A reply an agent wants to send, and what it is for.</summary>
/// <param name="Text">The drafted reply.</param>
/// <param name="Channel">Channel id: <c>public</c>, <c>private</c> or one a rule pack names (<c>x</c>, <c>whatsapp</c>).</param>
/// <param name="Language">ISO 639-1 language; <see langword="null"/> to detect it from the text.</param>
/// <param name="Customer">Customer context, when known.</param>
public sealed record Draft(string Text, string Channel = "public", string? Language = null, CustomerContext? Customer = null);
