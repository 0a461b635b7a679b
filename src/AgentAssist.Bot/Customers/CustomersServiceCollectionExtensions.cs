using AgentAssist.Core.Customers;
using AgentAssist.Storage;
using Microsoft.Extensions.Options;

namespace AgentAssist.Bot.Customers;

internal static class CustomersServiceCollectionExtensions
{
    /// <summary>
    /// Registers the customer store (with its migrations), the sample-data seeder, and the
    /// <see cref="ICustomerContextProvider"/> the <see cref="CustomerContextOptions.Source"/> setting selects.
    /// </summary>
    public static IServiceCollection AddCustomerContext(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName);
        services.AddOptions<CustomerContextOptions>()
            .BindConfiguration(CustomerContextOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddCustomerStorage();
        services.AddHostedService<SampleCustomerSeeder>();
        services.AddHttpClient<HttpCustomerContextProvider>();
        services.AddSingleton<ICustomerContextProvider>(provider =>
            provider.GetRequiredService<IOptions<CustomerContextOptions>>().Value.Source == CustomerContextSource.Crm
                ? provider.GetRequiredService<HttpCustomerContextProvider>()
                : provider.GetRequiredService<ICustomerStore>());
        return services;
    }
}
