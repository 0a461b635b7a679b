using AgentAssist.Core.Sentiment;

namespace AgentAssist.Core.Tests.Evaluation.Sentiment;

/// <summary>A message with the label people gave it; <see cref="KeptAside"/> puts it in the split no rule was tuned on.</summary>
internal sealed record LabelledMessage(string Text, SentimentLabel Label, bool KeptAside);
