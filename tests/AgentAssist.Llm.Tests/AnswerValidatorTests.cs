using AgentAssist.Core.Checking;
using AgentAssist.Core.Languages;
using AgentAssist.Llm.Prompting;

namespace AgentAssist.Llm.Tests;

public sealed class AnswerValidatorTests
{
    private static readonly ChannelProfile X = new("x", ChannelKind.Public, "X", 280, "informal");

    private static AnswerValidation Validate(string? answer, string language = "en", ChannelProfile? channel = null)
    {
        var placeholders = new PersonalDataPlaceholders(language, null);
        placeholders.Add("PREFERRED_NAME", "Sam");
        return new AnswerValidator(new LanguageDetector()).Validate(answer, placeholders, language, channel ?? ChannelProfile.GenericPrivate);
    }

    [Theory]
    [InlineData("Hi [[PREFERRED_NAME_1]], your order is on its way.", "Hi Sam, your order is on its way.")]
    [InlineData("  \"Hi [[PREFERRED_NAME_1]], your order is on its way.\"\n", "Hi Sam, your order is on its way.")]
    [InlineData("“Thanks for waiting, your order is on its way.”", "Thanks for waiting, your order is on its way.")]
    [InlineData("Hi, here is what happened: the courier lost it. We are sending another.", "Hi, here is what happened: the courier lost it. We are sending another.")]
    [InlineData("- your refund is on its way\n- the label is in your inbox", "- your refund is on its way\n- the label is in your inbox")]
    public void Validate_PlainReply_UsableAndRestored(string answer, string expected)
    {
        var validation = Validate(answer);

        Assert.Null(validation.Problem);
        Assert.Equal(expected, validation.Text);
    }

    [Theory]
    [InlineData(null, AnswerProblem.Empty)]
    [InlineData(" \n ", AnswerProblem.Empty)]
    [InlineData("\"\"", AnswerProblem.Empty)]
    [InlineData("```text\nHi, your order is on its way.\n```", AnswerProblem.NotPlainReply)]
    [InlineData("## Reply\nHi, your order is on its way.", AnswerProblem.NotPlainReply)]
    [InlineData("Hi, your order is **on its way**.", AnswerProblem.NotPlainReply)]
    [InlineData("Hi, track it [here](https://lumora.example/track).", AnswerProblem.NotPlainReply)]
    [InlineData("Sure! Here is a friendlier version:\nHi, your order is on its way.", AnswerProblem.NotPlainReply)]
    [InlineData("Certainly, here's the reply. Hi, your order is on its way.", AnswerProblem.NotPlainReply)]
    [InlineData("Here's a rewrite: Hi, your order is on its way.", AnswerProblem.NotPlainReply)]
    [InlineData("Reply: Hi, your order is on its way.", AnswerProblem.NotPlainReply)]
    [InlineData("Hola, tu pedido ya está en camino. Gracias por tu paciencia.", AnswerProblem.WrongLanguage)]
    [InlineData("Hi [[PREFERRED_NAME_3]], your order is on its way.", AnswerProblem.BadPlaceholder)]
    public void Validate_Garbage_Rejected(string? answer, AnswerProblem problem)
    {
        var validation = Validate(answer);

        Assert.Equal(problem, validation.Problem);
        Assert.Null(validation.Text);
        Assert.False(string.IsNullOrWhiteSpace(validation.Detail));
    }

    [Theory]
    [InlineData("Aquí tienes la respuesta: Hola, tu pedido ya está en camino.")]
    [InlineData("Claro, aquí va: Hola, tu pedido ya está en camino.")]
    [InlineData("Respuesta sugerida: Hola, tu pedido ya está en camino.")]
    public void Validate_SpanishPreface_Rejected(string answer)
    {
        Assert.Equal(AnswerProblem.NotPlainReply, Validate(answer, "es").Problem);
    }

    [Fact]
    public void Validate_OverChannelLimit_TooLongCountingRestoredValues()
    {
        var fits = "Hi [[PREFERRED_NAME_1]], " + new string('a', 280 - "Hi Sam, ".Length);
        var over = fits + "a";

        Assert.Null(Validate(fits, channel: X).Problem);
        Assert.Equal(AnswerProblem.TooLong, Validate(over, channel: X).Problem);
    }
}
