namespace AgentAssist.BotFramework.Tests.Authentication;

/// <summary>One row of the differential token matrix.</summary>
/// <param name="Core">The validators must agree on it both ways.</param>
/// <param name="SchemeSpelling">Differs only in how <c>Bearer</c> is spelt, where RFC 7235 lets this bot be lenient.</param>
public sealed record TokenCase(string Name, string Authorization, string ServiceUrl, string ChannelId, bool ExpectAccepted, bool Core = true, bool SchemeSpelling = false);
