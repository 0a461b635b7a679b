using AgentAssist.Core.Privacy;

namespace AgentAssist.Core.Tests.Privacy;

public sealed class SharedIdentifiersTests
{
    [Theory]
    [InlineData(EntityTypes.EmailAddress, "Ana.Garcia@Gmail.com", "ana.garcia@gmail.com")]
    [InlineData(EntityTypes.PhoneNumber, "+34 612 345 678", "612345678")]
    [InlineData(EntityTypes.PhoneNumber, "612 34 56 78", "+34612345678")]
    [InlineData("ORDER_NUMBER", "LM-20481234", "lm20481234")]
    public void Contains_SameValueWrittenDifferently_True(string type, string found, string shared) =>
        Assert.True(SharedIdentifiers.Contains([shared], type, found));

    [Theory]
    [InlineData(EntityTypes.EmailAddress, "ana.garcia@gmail.com", "ana.garcia@hotmail.com")]
    [InlineData(EntityTypes.PhoneNumber, "612 345 679", "612345678")]
    [InlineData(EntityTypes.EmailAddress, "a@b.es", "")]
    [InlineData("ORDER_NUMBER", "LM-20481234", "20481234")] // only phone numbers match on their tail
    public void Contains_DifferentValue_False(string type, string found, string shared) =>
        Assert.False(SharedIdentifiers.Contains([shared], type, found));
}
