namespace AgentAssist.Core.Privacy;

/// <summary>What a recognizer looks at: the text, its language, the region local formats are read in, and its profile.</summary>
public sealed class RecognitionInput
{
    public RecognitionInput(string text, string language, string? region = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(language);
        Text = text;
        Language = language;
        Region = Regions.Resolve(region, language);
        Profile = TextProfile.Of(text);
    }

    public string Text { get; }

    /// <summary>ISO 639-1 language of the text (<c>en</c>, <c>es</c>).</summary>
    public string Language { get; }

    /// <summary>ISO 3166 region used to read national formats such as phone numbers without a country code.</summary>
    public string Region { get; }

    public TextProfile Profile { get; }
}
