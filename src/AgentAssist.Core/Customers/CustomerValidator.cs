namespace AgentAssist.Core.Customers;

/// <summary>Checks customers of one file: each on its own, and ids and handles unique across the file.</summary>
internal sealed class CustomerValidator
{
    public const int MaxTextLength = 200;

    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> _handles = new(StringComparer.Ordinal);

    /// <summary>A handle as stored and looked up: without the leading <c>@</c>, lower case.</summary>
    public static string HandleKey(string handle) => handle.Trim().TrimStart('@').ToLowerInvariant();

    public IEnumerable<string> Validate(CustomerRecord customer)
    {
        var id = customer.Id?.Trim();
        if (string.IsNullOrEmpty(id))
        {
            yield return "'id' must not be empty";
            yield break;
        }

        if (id.Length > 100)
        {
            yield return $"customer '{id[..20]}…': 'id' is longer than 100 characters";
        }

        if (!_ids.Add(id))
        {
            yield return $"customer '{id}' appears twice in the file";
        }

        if (!string.IsNullOrWhiteSpace(customer.Handle))
        {
            var key = HandleKey(customer.Handle);
            if (key.Length == 0 || key.Any(char.IsWhiteSpace))
            {
                yield return $"customer '{id}': 'handle' must be one word, such as @maria_g";
            }
            else if (!_handles.Add(key))
            {
                yield return $"customer '{id}': handle '{customer.Handle.Trim()}' belongs to another customer in the file";
            }
        }

        if (!string.IsNullOrWhiteSpace(customer.Language) && (customer.Language.Trim().Length != 2 || !customer.Language.Trim().All(char.IsAsciiLetter)))
        {
            yield return $"customer '{id}': 'language' must be a two-letter ISO 639-1 code such as en or es";
        }

        if (!string.IsNullOrWhiteSpace(customer.Region) && (customer.Region.Trim().Length != 2 || !customer.Region.Trim().All(char.IsAsciiLetter)))
        {
            yield return $"customer '{id}': 'region' must be a two-letter ISO 3166 code such as ES or US";
        }

        foreach (var order in customer.OpenOrders ?? [])
        {
            if (string.IsNullOrWhiteSpace(order.Number))
            {
                yield return $"customer '{id}': every open order needs a 'number'";
            }

            if (order.Summary is { Length: > MaxTextLength })
            {
                yield return $"customer '{id}': the summary of order '{order.Number}' is longer than {MaxTextLength} characters";
            }
        }

        foreach (var openCase in customer.OpenCases ?? [])
        {
            if (string.IsNullOrWhiteSpace(openCase.Id) || string.IsNullOrWhiteSpace(openCase.Subject))
            {
                yield return $"customer '{id}': every open case needs an 'id' and a 'subject'";
            }
        }

        foreach (var interaction in customer.Interactions ?? [])
        {
            if (string.IsNullOrWhiteSpace(interaction.Summary) || interaction.Summary.Length > MaxTextLength)
            {
                yield return $"customer '{id}': every interaction needs a 'summary' of 1 to {MaxTextLength} characters";
            }
        }

        // Numbers in place of names pass the JSON reader; only defined values are accepted.
        if ((customer.Interactions ?? []).Any(static i => !Enum.IsDefined(i.Channel) || !Enum.IsDefined(i.Outcome))
            || (customer.OpenOrders ?? []).Any(static o => !Enum.IsDefined(o.Status)))
        {
            yield return $"customer '{id}': an interaction channel or outcome, or an order status, is not one of the documented names";
        }
    }
}
