using System.Text;

namespace AgentAssist.Core.Suggestions;

/// <summary>
/// How a draft addresses the customer (Spanish tú or usted), so that what the suggester adds keeps it: the phrases are
/// written informally and turned formal word by word with the template's <c>formalAddressSwap</c>.
/// </summary>
internal static class Address
{
    /// <summary>Whether <paramref name="text"/> addresses the customer formally: more formal than informal address words.</summary>
    public static bool IsFormal(string text, DraftReading reading)
    {
        if (reading.FormalAddressWords.Count == 0)
        {
            return false;
        }

        return TopicWords.Count(text, reading.FormalAddressWords) > TopicWords.Count(text, reading.InformalAddressWords);
    }

    /// <summary><paramref name="phrase"/> with every informal word swapped for its formal one, keeping a capital first letter.</summary>
    public static string Formal(string phrase, IReadOnlyDictionary<string, string> swap)
    {
        if (swap.Count == 0)
        {
            return phrase;
        }

        var result = new StringBuilder(phrase.Length + 8);
        var start = -1;
        for (var i = 0; i <= phrase.Length; i++)
        {
            var inWord = i < phrase.Length && char.IsLetter(phrase[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord)
            {
                if (start >= 0)
                {
                    var word = phrase[start..i];
                    if (swap.TryGetValue(word, out var formal))
                    {
                        result.Append(char.IsUpper(word[0]) ? char.ToUpperInvariant(formal[0]) + formal[1..] : formal);
                    }
                    else
                    {
                        result.Append(word);
                    }

                    start = -1;
                }

                if (i < phrase.Length)
                {
                    result.Append(phrase[i]);
                }
            }
        }

        return result.ToString();
    }
}
