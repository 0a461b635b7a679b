namespace AgentAssist.Bot.Review;

internal static class ReviewServiceCollectionExtensions
{
    /// <summary>Registers the <see cref="DraftReviewer"/> every door uses. Needs the guardrails, customers, suggestions and audit.</summary>
    public static IServiceCollection AddDraftReview(this IServiceCollection services)
    {
        services.AddSingleton<DraftReviewer>();
        return services;
    }
}
