namespace AgentAssist.Core.Checking;

/// <summary>A customer channel as the rule packs describe it (<c>x</c>, <c>whatsapp</c>, or the generic <c>public</c> and <c>private</c>).</summary>
/// <param name="Id">Lower-case id used on the command line, in the API and in rule scopes.</param>
/// <param name="Kind">Public or private.</param>
/// <param name="DisplayName">Name shown to people.</param>
/// <param name="MaxLength">Longest reply the channel accepts, in text elements (what people count as characters); <see langword="null"/> for no limit.</param>
/// <param name="Register">Expected formality: <c>informal</c>, <c>neutral</c> or <c>formal</c>.</param>
public sealed record ChannelProfile(string Id, ChannelKind Kind, string DisplayName, int? MaxLength = null, string Register = "neutral")
{
    public static ChannelProfile GenericPublic { get; } = new("public", ChannelKind.Public, "Public post");

    public static ChannelProfile GenericPrivate { get; } = new("private", ChannelKind.Private, "Private message");
}
