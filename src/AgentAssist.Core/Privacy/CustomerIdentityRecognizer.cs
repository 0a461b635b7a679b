using AgentAssist.Core.Customers;
using AgentAssist.Core.Text;

namespace AgentAssist.Core.Privacy;

/// <summary>
/// The customer's own full name and handle, as the conversation gives them (<see cref="CustomerContext"/>). On their
/// own they are how a reply greets someone; next to other personal data they tie that data to the person, which is
/// why the privacy rule reports them only then.
/// </summary>
public sealed class CustomerIdentityRecognizer : IEntityRecognizer
{
    public const double Score = 0.9;

    private readonly string? _fullName;
    private readonly string? _handle;

    public CustomerIdentityRecognizer(CustomerContext customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        _fullName = Normalize(customer.FullName);
        _handle = customer.Handle?.Trim().TrimStart('@') is { Length: > 1 } handle ? handle : null;

        // A one-word name is a greeting ("Hi Maria"), not an identity.
        if (_fullName is not null && !_fullName.Contains(' ', StringComparison.Ordinal))
        {
            _fullName = null;
        }
    }

    public IReadOnlyList<string> EntityTypes { get; } = [Privacy.EntityTypes.Person, Privacy.EntityTypes.UserHandle];

    public void Recognize(RecognitionInput input, ICollection<EntityMatch> results)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(results);
        var text = input.Text;
        if (_fullName is not null)
        {
            FindAll(text, _fullName, Privacy.EntityTypes.Person, handle: false, results);
        }

        if (_handle is not null)
        {
            FindAll(text, _handle, Privacy.EntityTypes.UserHandle, handle: true, results);
        }
    }

    private static void FindAll(string text, string value, string type, bool handle, ICollection<EntityMatch> results)
    {
        for (var start = 0; start < text.Length; start++)
        {
            if ((start > 0 && IsWordChar(text[start - 1])) || MatchLength(text, start, value) is not (> 0 and var length))
            {
                continue;
            }

            var end = start + length;
            if (end < text.Length && IsWordChar(text[end]))
            {
                continue;
            }

            var from = handle && start > 0 && text[start - 1] == '@' ? start - 1 : start;
            results.Add(new EntityMatch(type, TextSpan.FromBounds(from, end), Score));
            start = end;
        }
    }

    /// <summary>How long the occurrence of <paramref name="value"/> at <paramref name="start"/> is, ignoring case, accents and repeated spaces; 0 if none.</summary>
    private static int MatchLength(string text, int start, string value)
    {
        var position = start;
        for (var i = 0; i < value.Length; i++)
        {
            if (position >= text.Length)
            {
                return 0;
            }

            if (value[i] == ' ')
            {
                if (!char.IsWhiteSpace(text[position]))
                {
                    return 0;
                }

                while (position < text.Length && char.IsWhiteSpace(text[position]))
                {
                    position++;
                }

                continue;
            }

            if (ContextWords.Fold(text[position]) != value[i])
            {
                return 0;
            }

            position++;
        }

        return position - start;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static string? Normalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var words = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words).ToLowerInvariant() is var joined
            ? string.Create(joined.Length, joined, static (buffer, source) =>
            {
                for (var i = 0; i < source.Length; i++)
                {
                    buffer[i] = ContextWords.Fold(source[i]);
                }
            })
            : null;
    }
}
