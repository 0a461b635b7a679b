using AgentAssist.Core.Customers;
using AgentAssist.Core.Privacy;

namespace AgentAssist.Core.Tests.Privacy;

public sealed class CustomerIdentityRecognizerTests
{
    private static readonly CustomerContext Customer = new(Handle: "@maria_g", FullName: "María García López");

    [Theory]
    [InlineData("Hola María García López, te llamamos.", EntityTypes.Person, "María García López")]
    [InlineData("Hola MARIA  GARCIA LOPEZ, te llamamos.", EntityTypes.Person, "MARIA  GARCIA LOPEZ")]
    [InlineData("Thanks @maria_g, we'll DM you.", EntityTypes.UserHandle, "@maria_g")]
    [InlineData("Thanks maria_g, we'll DM you.", EntityTypes.UserHandle, "maria_g")]
    public void Recognize_CustomerNameOrHandle_Found(string text, string type, string expected)
    {
        var match = Assert.Single(Recognize(text));

        Assert.Equal(type, match.EntityType);
        Assert.Equal(expected, match.Span.Slice(text));
    }

    [Theory]
    [InlineData("Hola María, te llamamos.")] // first name only: a greeting
    [InlineData("Thanks @maria_gomez, we'll DM you.")] // another handle
    [InlineData("Hola María García, te llamamos.")] // part of the name
    public void Recognize_SomethingElse_NotFound(string text) => Assert.Empty(Recognize(text));

    [Fact]
    public void Recognize_SingleWordName_NeverAnIdentity()
    {
        var results = new List<EntityMatch>();

        new CustomerIdentityRecognizer(new CustomerContext(FullName: "Cher")).Recognize(new RecognitionInput("Hi Cher!", "en"), results);

        Assert.Empty(results);
    }

    private static List<EntityMatch> Recognize(string text)
    {
        var results = new List<EntityMatch>();
        new CustomerIdentityRecognizer(Customer).Recognize(new RecognitionInput(text, "es"), results);
        return results;
    }
}
