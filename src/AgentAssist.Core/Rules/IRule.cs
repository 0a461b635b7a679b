using AgentAssist.Core.Checking;

namespace AgentAssist.Core.Rules;

/// <summary>One rule of a rule pack, built by <see cref="RuleFactory"/> from a YAML file.</summary>
public interface IRule
{
    /// <summary><c>Pack.Rule</c>.</summary>
    string Id { get; }

    /// <summary>Where the rule applies.</summary>
    RuleScope Scope { get; }

    /// <summary>Adds the rule's findings for <paramref name="context"/> to <paramref name="findings"/>.</summary>
    void Evaluate(CheckContext context, ICollection<Finding> findings);
}
