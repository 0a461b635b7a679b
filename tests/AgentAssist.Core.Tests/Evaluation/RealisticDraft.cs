using AgentAssist.Core.Checking;
using AgentAssist.Core.Customers;

namespace AgentAssist.Core.Tests.Evaluation;

/// <summary>One labelled draft of the realistic-draft set: what the agent wrote, where, and the verdict a senior supervisor wants.</summary>
internal sealed record RealisticDraft(string Id, string Language, string Industry, string Channel, string Region, Outcome Expected, string Text, string Why, CustomerContext Customer)
{
    public static IReadOnlyList<RealisticDraft> Read(string path, string language)
    {
        var drafts = new List<RealisticDraft>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('|');
            if (fields.Length != 7)
            {
                throw new FormatException($"{path}:{lineNumber}: expected 7 fields separated by '|', found {fields.Length}.");
            }

            var expected = fields[3] switch
            {
                "pass" => Outcome.Pass,
                "warn" => Outcome.Warn,
                "needsApproval" => Outcome.NeedsApproval,
                "block" => Outcome.Block,
                var other => throw new FormatException($"{path}:{lineNumber}: unknown verdict '{other}'."),
            };
            drafts.Add(new RealisticDraft(
                $"{Path.GetFileNameWithoutExtension(path)}:{lineNumber}",
                language,
                fields[0],
                fields[1],
                fields[2],
                expected,
                fields[4].Replace("\\n", "\n", StringComparison.Ordinal),
                fields[5],
                ParseCustomer(fields[6], language, fields[2])));
        }

        return drafts;
    }

    private static CustomerContext ParseCustomer(string field, string language, string region)
    {
        string? name = null;
        string? handle = null;
        var shared = new List<string>();
        foreach (var pair in field.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = (pair[..pair.IndexOf('=', StringComparison.Ordinal)], pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            switch (key)
            {
                case "name": name = value; break;
                case "handle": handle = value; break;
                case "shared": shared.Add(value); break;
                default: throw new FormatException($"unknown customer field '{key}'.");
            }
        }

        return new CustomerContext(Handle: handle, FullName: name, Language: language, Region: region) { SharedIdentifiers = shared };
    }
}
