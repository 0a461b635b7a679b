using AgentAssist.Core.Customers;

namespace AgentAssist.Core.Tests.Suggestions;

/// <summary>
/// Realistic drafts as agents write them, in English and Spanish, on public and private channels, each labelled by a
/// person: what of the draft the suggestion must keep, what it must not say, and whether the reply needs a hand-off to
/// a private message (private data or an account action on a public channel).
/// </summary>
internal static class SuggestionCases
{
    /// <summary>Tom: an unresolved phone call 10 days ago about a card payment; nothing else.</summary>
    public static CustomerProfile Tom { get; } = new("C-1007", new CustomerContext("@tom_k", "Tom Keller", "Tom", "en", "GB"))
    {
        RecentInteractions = [new CustomerInteraction(InteractionChannel.Phone, SuggestionFixture.Now.AddDays(-10), "Card payment declined twice", InteractionOutcome.Unresolved)],
    };

    /// <summary>Lucía: a pending call yesterday about the colour of a lamp shade; a delivered order of a lamp.</summary>
    public static CustomerProfile Lucia { get; } = new("C-1006", new CustomerContext("@lucia.fdz", "Lucía Fernández", "Lucía", "es", "ES"))
    {
        OpenOrders = [new CustomerOrder("LM-40011", OrderStatus.Delivered, new DateOnly(2026, 3, 1), "pantalla de lámpara Nube")],
        RecentInteractions = [new CustomerInteraction(InteractionChannel.Phone, SuggestionFixture.Now.AddDays(-1), "Color de la pantalla de la lámpara", InteractionOutcome.Pending)],
    };

    /// <summary>Ellie: an open case about a flickering lamp, and an email two days ago about it.</summary>
    public static CustomerProfile Ellie { get; } = new("C-1005", new CustomerContext("@ellie_b", "Eleanor Brooks", "Ellie", "en", "GB"))
    {
        OpenCases = [new CustomerCase("CS-3100", "Lamp flickers", new DateOnly(2026, 3, 8))],
        RecentInteractions = [new CustomerInteraction(InteractionChannel.Email, SuggestionFixture.Now.AddDays(-2), "Lamp flickers after update", InteractionOutcome.Pending)],
    };

    public static IReadOnlyList<SuggestionCase> All { get; } =
    [
        // The quoted failures.
        new("Samuel Jones, sorry the damn headphones are late", "x", "en", SuggestionFixture.Sam, Keep: ["headphones are late"], Avoid: ["damn", "Samuel Jones", "DM"], Handoff: false),
        new("Qué rollo lo de las zapatillas, joder, te mandamos otras hoy mismo", "instagram", "es", null, Keep: ["zapatillas", "te mandamos otras hoy mismo"], Avoid: ["joder"], Handoff: false),
        new("¡Muchas gracias por la foto, Lucía! Nos encanta cómo queda la lámpara en tu salón.", "instagram", "es", Lucia, Keep: ["gracias por la foto", "queda la lámpara en tu salón"], Avoid: ["llamada", "ayer", "privado"], Handoff: false),
        new("Hi Tom, the Aurora lamp takes E27 bulbs up to 60 W.", "x", "en", Tom, Keep: ["E27 bulbs up to 60 W"], Avoid: ["call", "days ago", "payment", "DM"], Handoff: false),
        new("Le escribimos para confirmar que su pedido ya ha salido de nuestro almacén.", "whatsapp", "es", SuggestionFixture.Maria, Keep: ["su pedido ya ha salido"], Avoid: ["tu paciencia", "tu pedido", "tu llamada"], Handoff: false),
        new("Gracias por tu paciencia, María. Tu pedido sale hoy.", "x", "es", SuggestionFixture.Maria, Keep: ["Tu pedido sale hoy"], Avoid: ["llamada"], Handoff: false),
        new("Hola María! Tu pedido ya está en camino", "x", "es", SuggestionFixture.Maria, Keep: ["Tu pedido ya está en camino"], Avoid: [], Handoff: false),

        // English, public.
        new("Hi Sam! Your order left our warehouse this morning and should arrive Thursday.", "x", "en", SuggestionFixture.Sam, Keep: ["should arrive Thursday"], Avoid: ["DM", "Nimbus"], Handoff: false),
        new("hi @samwise your order LM-30551277 left today!! Sorry for the wait 😊😊😊", "x", "en", SuggestionFixture.Sam, Keep: ["Sorry for the wait"], Avoid: ["LM-30551277"], Handoff: true),
        new("Calm down, it's on its way. You should have read the manual.", "x", "en", SuggestionFixture.Sam, Keep: ["on its way"], Avoid: ["Calm down", "should have"], Handoff: false),
        new("We've emailed the label to sam.jones@gmail.com, it should be with you shortly.", "instagram", "en", SuggestionFixture.Sam, Keep: [], Avoid: ["sam.jones@gmail.com"], Handoff: true),
        new("We're so sorry about the flickering lamp. Our team is on it and we'll update you here.", "facebook", "en", Ellie, Keep: ["Our team is on it"], Avoid: ["email", "days ago", "DM"], Handoff: false),
        new("Thanks for the lovely photo! Enjoy the new chair.", "instagram", "en", null, Keep: ["Thanks for the lovely photo", "Enjoy the new chair"], Avoid: ["DM", "private"], Handoff: false),
        new("To change the delivery address we need to check your account. Send us a DM with your order number.", "x", "en", SuggestionFixture.Sam, Keep: ["change the delivery address"], Avoid: [], Handoff: true),
        new("We can refund the difference once we verify your payment.", "facebook", "en", null, Keep: ["refund the difference"], Avoid: [], Handoff: true),
        new("Our store in Leeds opens at 9 am on Sundays. Cheers, Ana", "x", "en", null, Keep: ["opens at 9 am on Sundays"], Avoid: ["Cheers, Ana"], Handoff: false),
        new("Thanks! Your parcel is with the courier now. Thanks!", "x", "en", SuggestionFixture.Sam, Keep: ["parcel is with the courier"], Avoid: [], Handoff: false),
        new("The Nimbus headphones pair with two devices at once. Hold the button for 5 seconds to switch.", "x", "en", SuggestionFixture.Sam, Keep: ["pair with two devices", "Hold the button for 5 seconds"], Avoid: ["DM"], Handoff: false),
        new("This fucking courier lost it again, we're sending a new one today.", "x", "en", SuggestionFixture.Sam, Keep: ["courier lost it again", "sending a new one today"], Avoid: ["fucking"], Handoff: false),
        new("We are VERY sorry for the delay!!! Your order ships tomorrow.", "facebook", "en", null, Keep: ["sorry for the delay", "Your order ships tomorrow"], Avoid: ["VERY", "!!!"], Handoff: false),

        // English, private.
        new("Hello Samuel, the replacement part ships today.", "whatsapp", "en", SuggestionFixture.Sam with { OpenOrders = [] }, Keep: ["replacement part ships today"], Avoid: ["Hello Samuel"], Handoff: false),
        new("We're looking into it now.", "messenger", "en", null, Keep: ["looking into it now"], Avoid: [], Handoff: false),
        new("Your order is gonna arrive tomorrow. Kindly check the tracking link in your email.", "email", "en", SuggestionFixture.Sam, Keep: ["arrive tomorrow", "tracking link"], Avoid: ["gonna"], Handoff: false),
        new("Hi Ellie, we've booked an engineer for Friday to look at the flickering lamp.", "whatsapp", "en", Ellie, Keep: ["booked an engineer for Friday"], Avoid: [], Handoff: false),
        new("Hi Tom, your new card details are saved and the payment went through.", "whatsapp", "en", Tom, Keep: ["payment went through"], Avoid: [], Handoff: false),
        new("Dear Sam, your refund of 45 pounds was sent today. Kind regards, Ana", "email", "en", SuggestionFixture.Sam, Keep: ["refund of 45 pounds was sent today"], Avoid: ["Kind regards, Ana"], Handoff: false),
        new("Hey, the damn app is down for everyone, we're fixing it.", "messenger", "en", null, Keep: ["app is down for everyone", "fixing it"], Avoid: ["damn"], Handoff: false),
        new("Thanks for waiting, Priya. The repair is done and the lamp goes back to you on Monday.", "whatsapp", "en", null, Keep: ["repair is done", "goes back to you on Monday"], Avoid: [], Handoff: false),
        new("Sorry for the wait. Sorry for the wait. The courier comes tomorrow.", "whatsapp", "en", null, Keep: ["courier comes tomorrow"], Avoid: [], Handoff: false),
        new("Thanks for your patience! We found the parcel at the depot and it goes out today.", "whatsapp", "en", SuggestionFixture.Sam, Keep: ["found the parcel at the depot"], Avoid: [], Handoff: false),

        // Spanish, public.
        new("Hola María, tu pedido sale hoy. Te llamamos al 612 34 56 78 esta tarde.", "x", "es", SuggestionFixture.Maria, Keep: ["tu pedido sale hoy"], Avoid: ["612 34 56 78", "llamada", "ayer"], Handoff: true),
        new("Tranquilízate, ya está en camino. Deberías haber leído las instrucciones.", "instagram", "es", SuggestionFixture.Maria, Keep: ["ya está en camino"], Avoid: ["Tranquilízate", "Deberías haber"], Handoff: false),
        new("Eres un gilipollas. Lo revisamos hoy mismo.", "x", "es", null, Keep: ["Lo revisamos hoy mismo"], Avoid: ["gilipollas"], Handoff: false),
        new("Qué bien que te guste! La lámpara Nube también viene en blanco.", "instagram", "es", Lucia, Keep: ["La lámpara Nube también viene en blanco"], Avoid: ["llamada", "ayer"], Handoff: false),
        new("Para cambiar la dirección de entrega necesitamos revisar tu cuenta.", "x", "es", SuggestionFixture.Maria, Keep: ["cambiar la dirección de entrega"], Avoid: [], Handoff: true),
        new("Sentimos el retraso, su pedido llegará el jueves. Disculpe las molestias.", "facebook", "es", SuggestionFixture.Maria, Keep: ["su pedido llegará el jueves", "Disculpe las molestias"], Avoid: ["tu paciencia", "Escríbenos"], Handoff: false),
        new("Por qué no nos escribiste antes? Ya lo hemos solucionado.", "x", "es", null, Keep: ["Ya lo hemos solucionado"], Avoid: [], Handoff: false),
        new("Un saludo. Tu pedido sale mañana por la mañana.", "x", "es", SuggestionFixture.Maria, Keep: ["Tu pedido sale mañana por la mañana"], Avoid: [], Handoff: false),
        new("La tienda de Valencia abre a las 10. Escríbenos por privado si necesitas algo más.", "x", "es", null, Keep: ["abre a las 10"], Avoid: [], Handoff: true),

        // Spanish, private.
        new("Tu pedido sale hoy y llegará el jueves.", "whatsapp", "es", SuggestionFixture.Maria with { RecentInteractions = [] }, Keep: ["Tu pedido sale hoy y llegará el jueves"], Avoid: [], Handoff: false),
        new("Estimado cliente, disculpe las molestias. Le informamos que su pedido sale hoy.", "email", "es", SuggestionFixture.Maria, Keep: ["su pedido sale hoy"], Avoid: ["tu paciencia", "tu pedido", "tu llamada"], Handoff: false),
        new("Hola Lucía, ya tenemos la pantalla en el color que pediste y te la enviamos mañana.", "whatsapp", "es", Lucia, Keep: ["te la enviamos mañana"], Avoid: [], Handoff: false),
        new("Joder, qué mala suerte con el envío. Te mandamos otro hoy.", "whatsapp", "es", SuggestionFixture.Maria, Keep: ["qué mala suerte con el envío", "Te mandamos otro hoy"], Avoid: ["Joder"], Handoff: false),
        new("Hola, te hemos devuelto 30 euros a la tarjeta. Gracias!", "whatsapp", "es", null, Keep: ["te hemos devuelto 30 euros a la tarjeta"], Avoid: [], Handoff: false),
        new("¿Nos puedes mandar una foto del golpe? Así lo tramitamos hoy.", "whatsapp", "es", Lucia, Keep: ["mandar una foto del golpe", "Así lo tramitamos hoy"], Avoid: [], Handoff: false),
    ];
}

/// <summary>A labelled draft.</summary>
/// <param name="Keep">Phrases of the draft the suggestion must keep (its content).</param>
/// <param name="Avoid">What the suggestion must not say (the flagged word, a detail of the customer's history, a hand-off…).</param>
/// <param name="Handoff">Whether a person judges that the reply needs a hand-off to a private message.</param>
internal sealed record SuggestionCase(string Draft, string Channel, string Language, CustomerProfile? Customer, string[] Keep, string[] Avoid, bool Handoff);
