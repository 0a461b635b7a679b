namespace AgentAssist.Core.Suggestions;

/// <summary>A draft as the offline suggester reads it.</summary>
/// <param name="Body">The draft's own sentences, repaired and mended, without greeting, sign-off, acknowledgement or hand-off.</param>
/// <param name="HadGreeting">Whether the draft opened with a greeting (replaced).</param>
/// <param name="HadSignOff">Whether the draft had a sign-off or closing (put last, in the channel's register).</param>
/// <param name="HadHandoff">Whether the draft moved the talk to a private channel itself (kept, as the template's hand-off).</param>
/// <param name="DroppedPrivateData">Whether sentences with personal or confidential data were left out on a public channel.</param>
internal sealed record DraftParts(IReadOnlyList<string> Body, bool HadGreeting, bool HadSignOff, bool HadHandoff, bool DroppedPrivateData);
