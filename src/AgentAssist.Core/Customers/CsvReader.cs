using System.Text;

namespace AgentAssist.Core.Customers;

/// <summary>
/// Reads RFC 4180 CSV: comma-separated fields, records ending in CRLF or LF, fields in double quotes may hold commas,
/// line breaks and doubled quotes (<c>""</c>). Each record comes with the line it starts on.
/// </summary>
internal sealed class CsvReader(TextReader reader)
{
    private int _line = 1;

    /// <summary>The next record, or <see langword="null"/> at the end; <paramref name="error"/> says what is malformed.</summary>
    public (int Line, List<string> Fields)? Read(out string? error)
    {
        error = null;
        if (reader.Peek() < 0)
        {
            return null;
        }

        var start = _line;
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var afterQuote = false;
        while (true)
        {
            var next = reader.Read();
            if (quoted)
            {
                switch (next)
                {
                    case < 0:
                        error = $"a quoted field that starts on line {start} never ends";
                        return (start, fields);
                    case '"' when reader.Peek() == '"':
                        reader.Read();
                        field.Append('"');
                        break;
                    case '"':
                        quoted = false;
                        afterQuote = true;
                        break;
                    case '\n':
                        _line++;
                        field.Append('\n');
                        break;
                    default:
                        field.Append((char)next);
                        break;
                }

                continue;
            }

            switch (next)
            {
                case < 0 or '\n':
                    fields.Add(field.ToString());
                    if (next == '\n')
                    {
                        _line++;
                    }

                    return (start, fields);
                case '\r' when reader.Peek() is '\n' or < 0:
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    afterQuote = false;
                    break;
                case '"' when field.Length == 0 && !afterQuote:
                    quoted = true;
                    break;
                default:
                    if (afterQuote || next == '"')
                    {
                        error = $"line {_line}: a quote may only wrap a whole field; write \"\" for a quote inside a quoted field";
                        SkipToLineEnd();
                        return (start, fields);
                    }

                    field.Append((char)next);
                    break;
            }
        }
    }

    private void SkipToLineEnd()
    {
        int c;
        while ((c = reader.Read()) >= 0 && c != '\n')
        {
        }

        _line++;
    }
}
