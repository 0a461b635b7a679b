using AgentAssist.Core.Privacy;

namespace AgentAssist.Core.Tests.Privacy;

/// <summary>
/// Numbers of countries nobody named, with no word saying they are phone numbers: found by their layout alone, while
/// numbers of other kinds with similar digits (orders, amounts, dates, times, cards, IBANs, postal codes, years,
/// versions) are not.
/// </summary>
public sealed class PhoneNumberLayoutTests
{
    [Theory]
    [InlineData("0612 845 30 71")] // trunk prefix, then pairs
    [InlineData("030 4471 2288")]
    [InlineData("0471-2283319")] // area code, then the subscriber number in one piece
    [InlineData("02.47.61.38.90")]
    [InlineData("46-21-87-35")] // short groups, no trunk prefix
    [InlineData("483 2917")]
    [InlineData("52 318 44 09")]
    [InlineData("(27) 4410-8823")] // bracketed area code
    [InlineData("(0161) 496 0731")]
    [InlineData("(314)555-2048")]
    [InlineData("07700 900 123")] // a five-digit area code needs a full subscriber number after it
    public void IsPhoneLayout_PhoneGrouping_True(string number)
    {
        Assert.True(PhoneNumberLayout.IsPhoneLayout(number));
    }

    [Theory]
    [InlineData("374 780 163")] // thousands
    [InlineData("12.345.678")]
    [InlineData("12 03 2024")] // dates, whatever the separator
    [InlineData("03.12.2024")]
    [InlineData("10.120.33.45")] // IPv4
    [InlineData("536 22 1234")] // SSN grouping
    [InlineData("02134-1234")] // ZIP+4
    [InlineData("04207 627")] // a postal code and a number
    [InlineData("100-1000")] // range
    [InlineData("12 23 34 41 45")] // a sorted list
    [InlineData("4111 1111 1111")] // blocks of four: cards, accounts
    [InlineData("0830 1730")] // times
    [InlineData("2023 123")] // a year, then a count
    [InlineData("2024-118834")] // long groups
    [InlineData("56 87126855 66")]
    [InlineData("10.0.19041")] // version
    [InlineData("978-84-376-0494-7")] // ISBN
    [InlineData("14.30 16.45")] // mixed separators
    [InlineData("0612  845 30 71")] // two separators in a row
    [InlineData("5403926876")] // one group: the layout says nothing
    public void IsPhoneLayout_OtherNumberGrouping_False(string number)
    {
        Assert.False(PhoneNumberLayout.IsPhoneLayout(number));
    }

    [Theory]
    [InlineData("Try me at 0612 845 30 71 after lunch.", "en", "0612 845 30 71")]
    [InlineData("I'm usually reachable on 030 4471 2288.", "en", "030 4471 2288")]
    [InlineData("You can get me at 0471-2283319 most days.", "en", "0471-2283319")]
    [InlineData("Ring 46-21-87-35 if nobody answers.", "en", "46-21-87-35")]
    [InlineData("Leave a message for Ana at 02.47.61.38.90 tomorrow.", "en", "02.47.61.38.90")]
    [InlineData("The desk is (27) 4410-8823 x15.", "en", "(27) 4410-8823 x15")]
    [InlineData("Mi hermana está en el 0471-2283319 desde Bélgica.", "es", "0471-2283319")]
    public void Analyze_UnknownCountryNumberLaidOutAsPhone_Reported(string text, string language, string expected)
    {
        var phones = Phones(text, language);

        Assert.Equal([expected], phones);
    }

    [Theory]
    [InlineData("Your order #48213 has shipped.", "en")]
    [InlineData("Your order 2024-118834 has shipped.", "en")]
    [InlineData("Pedido 0612 845 30 71 enviado.", "es")] // a phone layout, labelled as an order
    [InlineData("Invoice 0045-778812 is attached.", "en")]
    [InlineData("Ref. 46-21-87-35 in every email, please.", "en")]
    [InlineData("Total: 1 299,00 € with VAT.", "es")]
    [InlineData("The budget is 1.299.000 € this year.", "es")]
    [InlineData("We sold 374 780 163 units last year.", "en")]
    [InlineData("It costs € 52 318 44 in total.", "en")]
    [InlineData("Up 52 318 44 % on last year.", "en")]
    [InlineData("Delivered on 12.03.2024 at 14:30.", "en")]
    [InlineData("Delivered on 12 03 2024, signed by Ana.", "en")]
    [InlineData("Entregado el 2024-03-12 a las 14.30.", "es")]
    [InlineData("Open 09.00-17.00 and 18.30-21.00 on weekdays.", "en")]
    [InlineData("Open 0830 1730 on weekdays.", "en")]
    [InlineData("The card 4111 1111 1111 1111 was charged.", "en")]
    [InlineData("Blocks 4111 1111 1111 printed on the back.", "en")]
    [InlineData("Amex 3782 822463 10005 expired.", "en")]
    [InlineData("Transfer it to ES91 2100 0418 4502 0005 1332 today.", "es")]
    [InlineData("Cuenta 2100 0418 45 0200051332 a su nombre.", "es")]
    [InlineData("Ingrésalo en 2100 0418 45 0200051332 antes del lunes.", "es")]
    [InlineData("Codes 28013 28014 28015 are in Madrid.", "en")] // postal codes
    [InlineData("Zone 04207 627 houses were flooded.", "en")]
    [InlineData("Ship to Boston, MA 02134-1234 by Friday.", "en")]
    [InlineData("The letter went to 417 2209 Rue Saint-Denis last week.", "en")] // house number
    [InlineData("In 2023 123 customers wrote to us.", "en")]
    [InlineData("Between 1998 2004 and 2010 it grew.", "en")]
    [InlineData("Upgrade from 10.0.19041 to 4.12.1024 first.", "en")]
    [InlineData("Install version 17.20.7902 tonight.", "en")]
    [InlineData("Instala la versión 17.20.7902 esta noche.", "es")]
    [InlineData("The server at 10.120.33.45 is down.", "en")]
    [InlineData("ISBN 978-84-376-0494-7, second edition.", "es")]
    [InlineData("We expect 100-1000 new users.", "en")]
    [InlineData("Seats 12 23 34 41 45 are free.", "en")]
    [InlineData("On file: 536 22 1234.", "en")]
    [InlineData("Population 38 336 817 at the last count.", "en")]
    public void Analyze_NumberThatIsNotAPhone_NoPhoneReported(string text, string language)
    {
        Assert.Empty(Phones(text, language));
    }

    private static string[] Phones(string text, string language) =>
        [.. EntityAnalyzer.Default.Analyze(text, language).Where(m => m.EntityType == EntityTypes.PhoneNumber).Select(m => m.Span.Slice(text))];
}
