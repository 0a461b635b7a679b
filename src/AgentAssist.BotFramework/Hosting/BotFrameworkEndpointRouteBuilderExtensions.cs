using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AgentAssist.BotFramework.Hosting;

public static class BotFrameworkEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the Bot Framework messaging endpoint (the Azure Bot's "Messaging endpoint").
    /// Needs <see cref="BotFrameworkServiceCollectionExtensions.AddBotFramework"/> and a registered <see cref="IActivityHandler"/>.
    /// </summary>
    public static RouteHandlerBuilder MapBotFrameworkEndpoint(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var services = endpoints.ServiceProvider.GetRequiredService<IServiceProviderIsService>();
        if (!services.IsService(typeof(ActivityRequestProcessor)))
        {
            throw new InvalidOperationException("Call services.AddBotFramework() before MapBotFrameworkEndpoint().");
        }

        if (!services.IsService(typeof(IActivityHandler)))
        {
            throw new InvalidOperationException(
                "Register an IActivityHandler (e.g. services.AddScoped<IActivityHandler, MyActivityHandler>()) before MapBotFrameworkEndpoint(): it receives the activities.");
        }

        return endpoints
            .MapPost(pattern, (HttpContext context, [FromServices] ActivityRequestProcessor processor, [FromServices] IActivityHandler handler, CancellationToken cancellationToken) =>
                processor.ProcessAsync(context, handler, cancellationToken))
            // The channel's own JWT authenticates this endpoint, not the HTTP API's bearer tokens or cookies.
            .AllowAnonymous()
            .ExcludeFromDescription();
    }
}
