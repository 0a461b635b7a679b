using AgentAssist.Bot.Approvals;
using AgentAssist.Bot.Audit;
using AgentAssist.Bot.Checking;
using AgentAssist.Bot.Review;
using AgentAssist.Bot.Customers;
using AgentAssist.Bot.Health;
using AgentAssist.Bot.Insights;
using AgentAssist.Bot.Rules;
using AgentAssist.Bot.Security;
using AgentAssist.Bot.Slack;
using AgentAssist.Bot.Suggestions;
using AgentAssist.Bot.Teams;
using AgentAssist.BotFramework;
using AgentAssist.BotFramework.Hosting;
using AgentAssist.Llm;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = ContentRoot.Resolve(args, Directory.GetCurrentDirectory(), Environment.GetEnvironmentVariable),
});
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]))
{
    // The Bot Framework's conventional local port, so Teams tooling and the emulator find the bot without setup.
    builder.WebHost.UseUrls("http://localhost:3978");
}

// Serve static web assets from the build (the Adaptive Cards renderer from node_modules) in every environment, so
// `dotnet run` shows the card preview without Development; a published app has them in wwwroot and this is a no-op.
builder.WebHost.UseStaticWebAssets();

builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();
builder.Services.AddHealthChecks();
builder.Services.AddSecurity();
builder.Services.AddGuardrails();
builder.Services.AddBotFramework();
builder.Services.AddAgentConversation();
builder.Services.AddApprovals();
builder.Services.AddCustomerContext();
builder.Services.AddReplySuggestions();
builder.Services.AddDraftReview();
builder.Services.AddSlackBot();
builder.Services.AddServiceHealth();
builder.Services.AddSentiment();

// After the offline suggester: with Llm:Endpoint set, a model suggests replies and the offline suggester is its fallback.
builder.Services.AddLlmSuggester(builder.Configuration);

var app = builder.Build();

// Load and validate the rule packs now: a broken pack stops the start with its file:line:column, not the first request.
app.Services.GetRequiredService<AgentAssist.Core.Checking.GuardrailEngine>();
app.Services.GetRequiredService<AgentAssist.Core.Suggestions.OfflineTemplates>();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseSecurity();
app.UseDefaultFiles();
app.UseStaticFiles();
app.MapHealthEndpoints();
app.MapOpenApi();
app.MapCheckEndpoints();
app.MapCheckCardEndpoints();
app.MapSuggestEndpoints();
app.MapCustomerEndpoints();
app.MapBotFrameworkEndpoint();
app.MapAuditEndpoints();
app.MapSlackEndpoints();
app.MapSentimentEndpoints();
app.Run();

/// <summary>Entry point, visible to the host tests.</summary>
public partial class Program;
