using System.Collections.Concurrent;
using AgentAssist.Slack.WebApi;

namespace AgentAssist.Bot.Slack;

/// <summary>Slack users' names and locales from <c>users.info</c>, kept for an hour (the method is rate limited).</summary>
internal sealed class SlackUserDirectory(TimeProvider time)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, (SlackUser? User, DateTimeOffset Until)> _users = new(StringComparer.Ordinal);

    public async Task<SlackUser?> GetAsync(string userId, SlackWebApiClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var now = time.GetUtcNow();
        if (_users.TryGetValue(userId, out var known) && known.Until > now)
        {
            return known.User;
        }

        SlackUser? user;
        try
        {
            user = await client.GetUserAsync(userId, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException)
        {
            return null;
        }

        if (_users.Count > 10_000)
        {
            _users.Clear();
        }

        _users[userId] = (user, now + Lifetime);
        return user;
    }
}
