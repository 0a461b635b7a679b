namespace AgentAssist.LoadTests;

/// <summary>
/// Customer-service replies in English and Spanish as agents draft them, with the channel each is for: clean ones,
/// and ones that trip the brand, privacy and approval rules, so the checks do their usual work.
/// </summary>
internal static class SampleDrafts
{
    public static IReadOnlyList<(string Text, string Channel)> All { get; } =
    [
        ("Hi Sam, thanks for reaching out! Your order LUM-48213 left our warehouse this morning and should arrive by Thursday. You can follow it from the link in your confirmation email. Anything else, just reply here.", "x"),
        ("Hello Priya, I'm sorry the headphones stopped charging. Please send me a DM with your order number and I'll arrange a replacement for you today.", "public"),
        ("Hi Mark, I can see the charge on your card ending 4111 1111 1111 1111. Call me on +44 20 7946 0958 and we will sort it out.", "x"),
        ("Dear Ms Olsen, we have issued a full refund of 249.00 EUR to your account and added a 20% discount on your next order as compensation for the delay.", "email"),
        ("Hola, Lucía: gracias por escribirnos. Tu pedido LUM-55102 ya está en camino y llegará el jueves. Puedes seguir el envío desde el enlace del correo de confirmación.", "x"),
        ("Hola Javier, siento mucho lo del cargador. Escríbeme por mensaje privado con tu número de pedido y te envío uno nuevo hoy mismo.", "public"),
        ("Hola, Marta: te confirmo el reembolso completo de 89,90 € a tu IBAN ES91 2100 0418 4502 0005 1332 y te escribo al marta.gomez@example.com con los detalles.", "whatsapp"),
        ("OMG this is TOTALLY unacceptable!!! We will fix it ASAP, promise!!!", "facebook"),
    ];
}
