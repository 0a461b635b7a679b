using System.ComponentModel.DataAnnotations;

namespace AgentAssist.Bot.Customers;

/// <summary>Where customer context comes from, and the sample data for the try-it page (section <c>Customers</c>).</summary>
public sealed class CustomerContextOptions : IValidatableObject
{
    public const string SectionName = "Customers";

    /// <summary><see cref="CustomerContextSource.Store"/> (default) or <see cref="CustomerContextSource.Crm"/>.</summary>
    public CustomerContextSource Source { get; set; } = CustomerContextSource.Store;

    /// <summary>Load <see cref="SampleFile"/> into the store on start when the store is empty (and only then). Default true.</summary>
    public bool SeedSampleData { get; set; } = true;

    /// <summary>The sample customers, relative to the program's directory. Default <c>samples/customers.json</c>.</summary>
    public string SampleFile { get; set; } = "samples/customers.json";

    /// <summary>The CRM, when <see cref="Source"/> is <see cref="CustomerContextSource.Crm"/>.</summary>
    public CrmOptions Crm { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Source != CustomerContextSource.Crm)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(Crm.UrlTemplate)
            || !Crm.UrlTemplate.Contains("{handle}", StringComparison.Ordinal)
            || !Uri.TryCreate(Crm.UrlTemplate.Replace("{handle}", "x", StringComparison.Ordinal), UriKind.Absolute, out var url)
            || url.Scheme is not ("http" or "https"))
        {
            yield return new ValidationResult(
                "Customers:Source is Crm, so Customers:Crm:UrlTemplate must be an http(s) URL with {handle} in it, such as https://crm.example/api/customers/{handle}.",
                [nameof(Crm)]);
        }

        if (Crm.Timeout <= TimeSpan.Zero || Crm.Timeout > TimeSpan.FromSeconds(30))
        {
            yield return new ValidationResult("Customers:Crm:Timeout must be between 00:00:00.1 and 00:00:30.", [nameof(Crm)]);
        }
    }
}
