namespace AgentAssist.LoadTests;

/// <summary>One kind of request to send in a loop: <paramref name="CreateRequest"/> gets the worker and request numbers.</summary>
internal sealed record LoadScenario(string Name, Func<int, long, HttpRequestMessage> CreateRequest, Func<long>? ReplyCounter = null);
