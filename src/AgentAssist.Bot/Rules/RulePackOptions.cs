using System.ComponentModel.DataAnnotations;

namespace AgentAssist.Bot.Rules;

/// <summary>Where the service reads its rule packs.</summary>
public sealed class RulePackOptions : IValidatableObject
{
    public const string SectionName = "RulePacks";

    /// <summary>A folder of rule packs; the built-in packs when empty.</summary>
    public string? Directory { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(Directory) && !System.IO.Directory.Exists(Directory))
        {
            yield return new ValidationResult(
                $"RulePacks:Directory is '{Directory}', which does not exist. Point it at a folder of rule packs, or remove it to use the built-in packs.",
                [nameof(Directory)]);
        }
    }
}
