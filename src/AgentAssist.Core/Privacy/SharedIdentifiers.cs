namespace AgentAssist.Core.Privacy;

/// <summary>
/// Whether a value found in a reply is one the customer already gave in the conversation
/// (<see cref="Customers.CustomerContext.SharedIdentifiers"/>): compared on letters and digits only, any case,
/// and phone numbers with or without their country code.
/// </summary>
public static class SharedIdentifiers
{
    private const int MinPhoneDigits = 7;

    public static bool Contains(IReadOnlyList<string> shared, string entityType, ReadOnlySpan<char> value)
    {
        ArgumentNullException.ThrowIfNull(shared);
        if (shared.Count == 0)
        {
            return false;
        }

        Span<char> found = stackalloc char[Math.Min(value.Length, 256)];
        var foundLength = Normalize(value, found);
        if (foundLength == 0)
        {
            return false;
        }

        var phone = entityType == EntityTypes.PhoneNumber;
        Span<char> given = stackalloc char[256];
        foreach (var identifier in shared)
        {
            if (string.IsNullOrEmpty(identifier))
            {
                continue;
            }

            var givenLength = Normalize(identifier, given);
            var a = found[..foundLength];
            var b = given[..givenLength];
            if (a.SequenceEqual(b))
            {
                return true;
            }

            // "+34 612 345 678" is the "612345678" the customer wrote.
            if (phone && Math.Min(a.Length, b.Length) >= MinPhoneDigits && (a.EndsWith(b) || b.EndsWith(a)))
            {
                return true;
            }
        }

        return false;
    }

    private static int Normalize(ReadOnlySpan<char> value, Span<char> buffer)
    {
        var length = 0;
        foreach (var c in value)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (length == buffer.Length)
                {
                    return 0;
                }

                buffer[length++] = char.ToUpperInvariant(c);
            }
        }

        return length;
    }
}
