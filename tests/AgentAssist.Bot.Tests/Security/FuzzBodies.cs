using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;

namespace AgentAssist.Bot.Tests.Security;

/// <summary>What a fuzz case sends: a body, its content type, and a query string for GET surfaces.</summary>
public sealed record FuzzCase(int Kind, int Seed, int Size, int ContentType)
{
    private static readonly string?[] ContentTypes =
        ["application/json", "application/json; charset=utf-8", "text/plain", null, "application/x-www-form-urlencoded", "application/json; charset=utf-16", "multipart/form-data; boundary=x"];

    public string? MediaType => ContentTypes[ContentType % ContentTypes.Length];

    public override string ToString() => $"kind {Kind}, seed {Seed}, size {Size}, content type {MediaType ?? "none"}";
}

/// <summary>
/// The fuzz corpus, generated: random bytes (invalid UTF-8 too), random JSON, requests of the right shape with fields of
/// wrong types and odd Unicode (lone surrogates, bidi overrides, zero-width and combining marks, NUL, astral emoji), huge
/// texts, nesting thousands deep, truncated JSON and empty bodies. Each case is rebuilt from its seed, so a failure names
/// the case that reproduces it.
/// </summary>
public static class FuzzBodies
{
    public const int Kinds = 8;

    private static readonly string[] OddPieces =
    [
        "", "a", "We will refund you", "é", "e\u0301", "\u202E", "\u200B", "\uFEFF", "\uD800", "\uDC00", "😀", "👩🏽‍💻", "𝔘",
        "\0", "\"", "\\", "{", "[", "<script>", "%00", "\r\n", "\t", "ñ", "ß", "İ", "ﬃ", "\u0000\u0001", "@maria_g", "+34 612 345 678",
        "x@y.z", "\u0645\u0631\u062D\u0628\u0627", "日本語", "\uFFFF", "\U0010FFFF", "null", "true", "-0", "1e999", "NaN",
    ];

    // Writes odd characters as they are rather than \u-escaped, so the service's own JSON reader meets them.
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] Fields = ["text", "channel", "language", "customer", "handle", "region", "type", "name", "value", "verb", "data", "request"];

    public static Arbitrary<FuzzCase> Cases() =>
        (from kind in Gen.Choose(0, Kinds - 1)
         from seed in Gen.Choose(0, int.MaxValue - 1)
         from size in Gen.Choose(0, 64)
         from contentType in Gen.Choose(0, 6)
         select new FuzzCase(kind, seed, size, contentType)).ToArbitrary();

    /// <summary>The body of <paramref name="fuzz"/> for a surface whose well-formed body <paramref name="shape"/> builds.</summary>
    public static byte[] Body(FuzzCase fuzz, Func<Random, Func<object?>, object> shape)
    {
        var random = new Random(fuzz.Seed);
        return fuzz.Kind switch
        {
            0 => RandomBytes(random, fuzz.Size * 16),
            1 => Encoding.UTF8.GetBytes(RandomJson(random, depth: 0, maxDepth: 1 + (fuzz.Size % 8))),
            2 or 3 => Serialize(shape(random, () => OddValue(random, fuzz.Size))),
            4 => Serialize(shape(random, () => new string((char)random.Next('a', 'z' + 1), 20_000 + (fuzz.Size * 4_000)))),
            5 => Encoding.UTF8.GetBytes(Nested(random, 2_000 + (fuzz.Size * 200))),
            6 => Truncated(random, Serialize(shape(random, () => OddValue(random, fuzz.Size)))),
            _ => [],
        };
    }

    /// <summary>A query-string value: odd, long or empty.</summary>
    public static string QueryValue(FuzzCase fuzz)
    {
        var random = new Random(fuzz.Seed);
        var value = fuzz.Kind switch
        {
            4 => new string('9', 5_000),
            0 => Encoding.Latin1.GetString(RandomBytes(random, fuzz.Size)),
            _ => OddString(random, fuzz.Size),
        };
        return Uri.EscapeDataString(value.Replace("\uD800", "", StringComparison.Ordinal).Replace("\uDC00", "", StringComparison.Ordinal));
    }

    /// <summary>A value of any JSON type for a field that expects a string.</summary>
    public static object? OddValue(Random random, int size) => random.Next(8) switch
    {
        0 => null,
        1 => random.Next(),
        2 => random.NextDouble() * double.MaxValue,
        3 => random.Next(2) == 0,
        4 => new[] { OddString(random, size), OddString(random, size) },
        5 => new Dictionary<string, object?> { [OddString(random, 3)] = OddString(random, size) },
        _ => OddString(random, size),
    };

    public static string OddString(Random random, int size)
    {
        var text = new StringBuilder();
        for (var i = 0; i < size; i++)
        {
            text.Append(OddPieces[random.Next(OddPieces.Length)]);
        }

        return text.ToString();
    }

    private static byte[] Serialize(object value) => JsonSerializer.SerializeToUtf8Bytes(value, Relaxed);

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    private static string RandomJson(Random random, int depth, int maxDepth)
    {
        var choice = depth >= maxDepth ? random.Next(4) : random.Next(6);
        return choice switch
        {
            0 => JsonSerializer.Serialize(OddString(random, random.Next(6))),
            1 => random.Next(3) == 0 ? "-1e309" : random.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            2 => random.Next(2) == 0 ? "true" : "null",
            3 => "\"" + new string('z', random.Next(100)) + "\"",
            4 => "[" + string.Join(",", Enumerable.Range(0, random.Next(5)).Select(_ => RandomJson(random, depth + 1, maxDepth))) + "]",
            _ => "{" + string.Join(",", Enumerable.Range(0, random.Next(5)).Select(_ =>
                JsonSerializer.Serialize(Fields[random.Next(Fields.Length)]) + ":" + RandomJson(random, depth + 1, maxDepth))) + "}",
        };
    }

    private static string Nested(Random random, int depth)
    {
        var objects = random.Next(2) == 0;
        var open = objects ? "{\"text\":" : "[";
        var close = objects ? "}" : "]";
        return string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth));
    }

    private static byte[] Truncated(Random random, byte[] json) => json.Length == 0 ? json : json[..random.Next(json.Length)];
}
