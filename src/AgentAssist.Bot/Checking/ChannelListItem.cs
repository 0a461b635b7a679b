namespace AgentAssist.Bot.Checking;

/// <summary>A channel the packs in force know, for pickers in clients.</summary>
public sealed record ChannelListItem(string Id, string Name, string Kind, int? MaxLength);
