using AgentAssist.Core.Checking;

namespace AgentAssist.Bot.Review;

/// <summary>What a door hands the <see cref="DraftReviewer"/>.</summary>
/// <param name="Draft">The draft as read from the request; its customer, when given, is looked up.</param>
/// <param name="Actor">Who asked, for the audit log.</param>
/// <param name="Mode">Whether to suggest a reply, and with which suggester.</param>
public sealed record DraftReviewRequest(Draft Draft, ReviewActor Actor, SuggestionMode Mode);
