using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgentAssist.BotFramework.Cards;

/// <summary>
/// Width of a <see cref="Column"/>: <c>auto</c> (fits its content), <c>stretch</c> (takes what is left),
/// a relative weight (a number) or a fixed number of pixels (<c>"50px"</c>).
/// </summary>
[JsonConverter(typeof(ColumnWidthJsonConverter))]
public readonly record struct ColumnWidth
{
    private ColumnWidth(string? keyword, double weight)
    {
        Keyword = keyword;
        Weight = weight;
    }

    public static ColumnWidth Auto { get; } = new("auto", 0);

    public static ColumnWidth Stretch { get; } = new("stretch", 0);

    /// <summary><c>auto</c>, <c>stretch</c> or <c>Npx</c>; null for a relative weight.</summary>
    public string? Keyword { get; }

    public double Weight { get; }

    public static ColumnWidth Relative(double weight)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(weight);
        return new(null, weight);
    }

    public static ColumnWidth Pixels(int pixels)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pixels);
        return new(pixels.ToString(CultureInfo.InvariantCulture) + "px", 0);
    }

    private sealed class ColumnWidthJsonConverter : JsonConverter<ColumnWidth>
    {
        public override ColumnWidth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType switch
            {
                JsonTokenType.Number => Relative(reader.GetDouble()),
                JsonTokenType.String => reader.GetString() switch
                {
                    "auto" => Auto,
                    "stretch" => Stretch,
                    var text when text is not null && text.EndsWith("px", StringComparison.Ordinal)
                        && int.TryParse(text.AsSpan(0, text.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var pixels) && pixels > 0 => Pixels(pixels),
                    var text when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var weight) && weight > 0 => Relative(weight),
                    var text => throw new JsonException($"'{text}' is not a column width: use auto, stretch, a number or Npx."),
                },
                _ => throw new JsonException("A column width is a number or a string."),
            };

        public override void Write(Utf8JsonWriter writer, ColumnWidth value, JsonSerializerOptions options)
        {
            if (value.Keyword is { } keyword)
            {
                writer.WriteStringValue(keyword);
            }
            else
            {
                writer.WriteNumberValue(value.Weight);
            }
        }
    }
}
