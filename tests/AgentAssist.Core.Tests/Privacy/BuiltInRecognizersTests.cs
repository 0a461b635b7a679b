using AgentAssist.Core.Privacy;

namespace AgentAssist.Core.Tests.Privacy;

public sealed class BuiltInRecognizersTests
{
    [Theory]
    [InlineData("Write to ana.garcia+orders@gmail.com today.", "ana.garcia+orders@gmail.com")]
    [InlineData("Contact: webmaster@contoso.com.", "webmaster@contoso.com")]
    [InlineData("j_9@[129.126.118.1] works too", "j_9@[129.126.118.1]")]
    [InlineData("correo:ana@correo.es", "ana@correo.es")]
    public void Email_Address_Found(string text, string expected) => AssertSingle(text, EntityTypes.EmailAddress, expected);

    [Theory]
    [InlineData("Alice@abc is not complete")]
    [InlineData("Bob@abc.c has a one-letter domain")]
    [InlineData("Both a..bc@outlook.com and .abc@hotmail.com are malformed")]
    [InlineData("Carol@new_type.com has an underscore in the host")]
    [InlineData("Follow @lumora on X")]
    public void Email_Malformed_NotFound(string text) => AssertNone(text, EntityTypes.EmailAddress);

    [Theory]
    [InlineData("See https://tracking.example.com/t?id=123&x=y.", "https://tracking.example.com/t?id=123&x=y")]
    [InlineData("Go to www.example.co.uk/help!", "www.example.co.uk/help")]
    [InlineData("Try bit.ly/3xYz or later", "bit.ly/3xYz")]
    [InlineData("Local: http://localhost:8080/#/123", "http://localhost:8080/#/123")]
    [InlineData("MORE:https://t.co/YCUZfuyyHZ", "https://t.co/YCUZfuyyHZ")]
    [InlineData("['http://twitter.com/#!/a/status/1', None]", "http://twitter.com/#!/a/status/1")]
    public void Url_Link_Found(string text, string expected) => AssertSingle(text, EntityTypes.Url, expected);

    // Spanish drafts: no labelled Spanish URL or IP set exists in the shared data, so these pin the Spanish punctuation
    // and wording around links and addresses (opening marks, guillemets, a sentence-final period).
    [Theory]
    [InlineData("¿Has mirado https://ayuda.tienda-ejemplo.es/envios?pedido=1?", "https://ayuda.tienda-ejemplo.es/envios?pedido=1")]
    [InlineData("Entra en «www.ejemplo.com.mx/cuenta» y revisa tus datos.", "www.ejemplo.com.mx/cuenta")]
    [InlineData("¡Mira http://tinyurl.com/ab12cd!", "http://tinyurl.com/ab12cd")]
    [InlineData("El enlace es https://ejemplo.org/pág/niño.", "https://ejemplo.org/pág/niño")]
    public void Url_LinkInSpanish_Found(string text, string expected) => AssertSingle(text, EntityTypes.Url, expected);

    [Theory]
    [InlineData("Tu dirección IP 83.45.201.17 está bloqueada.", "83.45.201.17")]
    [InlineData("¿La IP era «192.168.1.20»?", "192.168.1.20")]
    public void IpAddress_InSpanish_Found(string text, string expected) => AssertSingle(text, EntityTypes.IpAddress, expected);

    [Theory]
    [InlineData("Cuesta 1.299,99 € y llega el 12.03.2025.")]
    [InlineData("Actualiza a la versión 10.2.3 esta tarde.")]
    public void IpAddress_SpanishNumbersAndVersions_NotFound(string text) => AssertNone(text, EntityTypes.IpAddress);

    [Theory]
    [InlineData("Send image2.png and report.pdf please")]
    [InlineData("It works.It really does")]
    [InlineData("See you at 7.am tomorrow")]
    [InlineData("Write to Alice@abc.com instead")]
    [InlineData("httt://abc.com is not a scheme")]
    [InlineData("https:// is not a link")]
    [InlineData("Version 2.5 is out, e.g. today")]
    public void Url_NotALink_NotFound(string text) => AssertNone(text, EntityTypes.Url);

    [Theory]
    [InlineData("Your IP address 86.121.97.248 is blocked.", "86.121.97.248")]
    [InlineData("Route 10.0.0.1/24 to it", "10.0.0.1")]
    [InlineData("IPv6 fe80::204:61ff:fe9d:f156 answers", "fe80::204:61ff:fe9d:f156")]
    [InlineData("My IPv6 address is ::1", "::1")]
    public void IpAddress_Address_Found(string text, string expected) => AssertSingle(text, EntityTypes.IpAddress, expected);

    [Theory]
    [InlineData("Not an address: 256.1.1.1")]
    [InlineData("Not one either: 1.1.1000.1")]
    [InlineData("Update to version 1.2.3.4 first")]
    [InlineData("The train leaves at 10:30:45")]
    [InlineData("Not valid: FE06::1::2")]
    [InlineData("She said: : okay")]
    public void IpAddress_NotAnAddress_NotFound(string text) => AssertNone(text, EntityTypes.IpAddress);

    [Theory]
    [InlineData("She was born on 8/5/1989, right?", "8/5/1989")]
    [InlineData("Fecha de nacimiento: 11/02/1970.", "11/02/1970")]
    [InlineData("Date of birth: March 12, 1980", "March 12, 1980")]
    [InlineData("Nació el 12 de marzo de 1980 en Sevilla.", "12 de marzo de 1980")]
    [InlineData("DOB 1980-03-12", "1980-03-12")]
    public void DateOfBirth_DateIntroducedAsBirth_Found(string text, string expected) => AssertSingle(text, EntityTypes.DateOfBirth, expected);

    [Theory]
    [InlineData("Your order arrives on 12/03/2024.")]
    [InlineData("Born on 31/02/1980, she says.")] // no such day
    [InlineData("Born on 01/01/2990.")] // in the future
    public void DateOfBirth_OtherDateOrImpossible_NotFound(string text) => AssertNone(text, EntityTypes.DateOfBirth);

    [Theory]
    [InlineData("Ship it to 1600 Pennsylvania Avenue NW, please.", "1600 Pennsylvania Avenue NW")]
    [InlineData("We'll send it to 221B Baker St, Apt 4 tomorrow.", "221B Baker St, Apt 4")]
    [InlineData("Send it to PO Box 149 instead.", "PO Box 149")]
    [InlineData("Lo enviamos a Calle Mayor, 5, 3º B mañana.", "Calle Mayor, 5, 3º B")]
    [InlineData("Domicilio: Avda. de la Estación, 2.", "Avda. de la Estación, 2")]
    [InlineData("Vivo en C/ Pinto, 5", "C/ Pinto, 5")]
    [InlineData("Recógelo en Calle Tajo, s/n.", "Calle Tajo, s/n")]
    public void StreetAddress_Address_Found(string text, string expected) => AssertSingle(text, EntityTypes.StreetAddress, expected);

    [Theory]
    [InlineData("en la calle hace 30 grados")]
    [InlineData("La AV era de 20/25 en el ojo derecho")]
    [InlineData("We have 3 Great Offers today")]
    public void StreetAddress_Prose_NotFound(string text) => AssertNone(text, EntityTypes.StreetAddress);

    [Theory]
    [InlineData("Your temporary password is Lum0ra#24 so change it soon.", "Lum0ra#24")]
    [InlineData("password: hunter2", "hunter2")]
    [InlineData("Tu contraseña provisional es: Verano#2024", "Verano#2024")]
    public void Password_LabelledSecret_Found(string text, string expected) => AssertSingle(text, EntityTypes.Password, expected);

    [Theory]
    [InlineData("If your password is incorrect, reset it.")]
    [InlineData("Use the password reset link.")]
    [InlineData("La contraseña debe tener 8 caracteres.")]
    public void Password_OnlyTalkAboutPasswords_NotFound(string text) => AssertNone(text, EntityTypes.Password);

    [Theory]
    [InlineData("Charged to 4111 1111 1111 1111 yesterday.", "4111 1111 1111 1111")]
    [InlineData("Amex 3782 822463 10005 declined", "3782 822463 10005")]
    [InlineData("tarjeta 675984103431", "675984103431")]
    public void CreditCard_ValidNumber_Found(string text, string expected) => AssertSingle(text, EntityTypes.CreditCard, expected);

    [Theory]
    [InlineData("Order 675984103431 shipped.")] // twelve digits: a card only when introduced as one
    [InlineData("NASS: 64 54724118 93.")] // not grouped as cards are printed
    [InlineData("0000 0000 0000 0000")]
    public void CreditCard_NumberThatOnlyPassesLuhn_NotFound(string text) => AssertNone(text, EntityTypes.CreditCard);

    private static void AssertSingle(string text, string type, string expected)
    {
        var matches = EntityAnalyzer.Default.Analyze(text, "en").Where(m => m.EntityType == type).ToList();

        Assert.Equal([expected], matches.Select(m => m.Span.Slice(text)));
    }

    private static void AssertNone(string text, string type)
    {
        var matches = EntityAnalyzer.Default.Analyze(text, "es").Concat(EntityAnalyzer.Default.Analyze(text, "en")).Where(m => m.EntityType == type);

        Assert.Empty(matches.Select(m => m.Span.Slice(text)));
    }
}
