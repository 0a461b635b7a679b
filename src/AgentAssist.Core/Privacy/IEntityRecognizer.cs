namespace AgentAssist.Core.Privacy;

/// <summary>
/// Finds one family of personal data in a text (Presidio's recognizer): candidates by pattern, scored, raised by
/// context words, and rejected by a validator when a checksum or a rule says they cannot be real.
/// </summary>
public interface IEntityRecognizer
{
    /// <summary>The entity types it reports.</summary>
    IReadOnlyList<string> EntityTypes { get; }

    /// <summary>Adds every candidate found in <paramref name="input"/>, with its score, to <paramref name="results"/>.</summary>
    void Recognize(RecognitionInput input, ICollection<EntityMatch> results);
}
