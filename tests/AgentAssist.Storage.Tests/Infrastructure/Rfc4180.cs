using System.Text;

namespace AgentAssist.Storage.Tests.Infrastructure;

/// <summary>A strict RFC 4180 reader for checking exports: CRLF between records, quoted fields may hold anything.</summary>
public static class Rfc4180
{
    public static List<List<string>> Parse(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < csv.Length)
        {
            if (csv[i] == '"' && field.Length == 0)
            {
                i++;
                while (true)
                {
                    if (csv[i] == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                    }
                    else if (csv[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        field.Append(csv[i++]);
                    }
                }
            }
            else if (csv[i] == ',')
            {
                row.Add(field.ToString());
                field.Clear();
                i++;
            }
            else if (csv[i] == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i += 2;
            }
            else
            {
                Assert.False(csv[i] is '"' or '\r' or '\n', $"Unquoted special character at {i}.");
                field.Append(csv[i++]);
            }
        }

        Assert.True(row.Count == 0 && field.Length == 0, "The last record must end with CRLF.");
        return rows;
    }
}
