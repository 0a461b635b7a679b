namespace AgentAssist.Bot.Tests.Cards;

/// <summary>Validates every card of <see cref="BotCardCatalog"/> in one node run, shared by the tests of a class.</summary>
public sealed class ValidatedCards : IAsyncLifetime
{
    internal IReadOnlyDictionary<string, IReadOnlyList<string>> Problems { get; private set; } = new Dictionary<string, IReadOnlyList<string>>();

    public async Task InitializeAsync()
    {
        if (CardValidator.SkipReason is null)
        {
            Problems = await CardValidator.ValidateAsync(BotCardCatalog.All.ToDictionary(c => c.Key, c => c.Value.ToJson()));
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
