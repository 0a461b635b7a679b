using AgentAssist.Core.Customers;
using Microsoft.Extensions.Options;

namespace AgentAssist.Bot.Customers;

/// <summary>
/// On start, loads the sample customers into the customer store when it is empty (and only then), so the try-it page
/// has customers to pick. The sample's dates are moved forward by the days since its <c>asOf</c> day, so "yesterday's
/// call" stays yesterday's. Registered after the storage migrations, which hosted services run first.
/// </summary>
internal sealed partial class SampleCustomerSeeder(
    ICustomerStore store,
    IOptions<CustomerContextOptions> options,
    TimeProvider time,
    ILogger<SampleCustomerSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.SeedSampleData || await store.CountAsync(cancellationToken).ConfigureAwait(false) > 0)
        {
            return;
        }

        var file = Path.GetFullPath(settings.SampleFile, AppContext.BaseDirectory);
        if (!File.Exists(file))
        {
            LogNoSample(logger, file);
            return;
        }

        var result = CustomerJson.ReadFile(await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false), file);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The sample customers in '{file}' have problems:{Environment.NewLine}{string.Join(Environment.NewLine, result.Diagnostics)}");
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var shift = result.AsOf is { } asOf ? today.DayNumber - asOf.DayNumber : 0;
        var customers = result.Customers.Select(c => CustomerJson.ShiftDates(c, shift)).ToList();
        await store.UpsertAsync(customers, cancellationToken).ConfigureAwait(false);
        LogSeeded(logger, customers.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "The customer store was empty; loaded {Count} sample customers")]
    private static partial void LogSeeded(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No sample customers at {File}; the try-it page will have no customers to pick")]
    private static partial void LogNoSample(ILogger logger, string file);
}
