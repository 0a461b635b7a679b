using System.Diagnostics;
using System.Globalization;
using AgentAssist.Core.Checking;
using AgentAssist.Core.Languages;
using AgentAssist.Core.Suggestions;
using AgentAssist.Llm.Prompting;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace AgentAssist.Llm;

/// <summary>
/// Suggests a reply by asking a language model, through Semantic Kernel, to rewrite the agent's draft in the brand's
/// voice and within the channel's rules. Personal data leaves the service only as placeholders and is put back in the
/// answer. When the model is slow, down or answers with something that is not a usable reply, the fallback suggester
/// (the offline one) answers instead and the result says why. Wrap it in <see cref="GuardedSuggester"/>: the answer
/// is checked here, but only the guard repairs or withholds it.
/// </summary>
public sealed class SemanticKernelReplySuggester : IReplySuggester
{
    private readonly Kernel _kernel;
    private readonly KernelFunction _function;
    private readonly LlmOptions _options;
    private readonly GuardrailEngine _engine;
    private readonly IReplySuggester _fallback;
    private readonly AnswerValidator _validator;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <param name="kernel">A kernel with a chat completion service (<see cref="LlmKernelFactory.Create"/>).</param>
    /// <param name="prompt">The suggest-reply template (<see cref="SuggestionPrompt.Load"/>).</param>
    /// <param name="options">Timeout, token limit, temperature and brand name.</param>
    /// <param name="engine">Checks the model's answer, as it checks drafts.</param>
    /// <param name="fallback">Answers when the model cannot: the offline suggester.</param>
    /// <param name="languages">Tells the answer's language.</param>
    /// <param name="time">Clock for the timeout.</param>
    /// <param name="logger">Where fallbacks are logged, without text.</param>
    public SemanticKernelReplySuggester(
        Kernel kernel,
        PromptTemplateConfig prompt,
        LlmOptions options,
        GuardrailEngine engine,
        IReplySuggester fallback,
        LanguageDetector languages,
        TimeProvider time,
        ILogger<SemanticKernelReplySuggester> logger)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(fallback);
        ArgumentNullException.ThrowIfNull(languages);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _kernel = kernel;
        _function = KernelFunctionFactory.CreateFromPrompt(prompt);
        _options = options;
        _engine = engine;
        _fallback = fallback;
        _validator = new AnswerValidator(languages);
        _time = time;
        _logger = logger;
    }

    public async ValueTask<SuggestionResult> SuggestAsync(SuggestionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var draft = request.Draft;
        var verdict = request.Verdict;
        var language = verdict.Language;
        var customer = request.Customer?.Context ?? draft.Customer;
        var placeholders = new PersonalDataPlaceholders(language, customer?.Region);

        // The customer's known values first, so the draft's occurrences of them get the same tokens.
        var customerText = PromptInputs.Customer(request.Customer, customer, placeholders);
        var maskedDraft = placeholders.Mask(draft.Text, verdict.Findings);
        var arguments = new KernelArguments(new OpenAIPromptExecutionSettings
        {
            MaxTokens = _options.MaxTokens,
            Temperature = _options.Temperature,
        })
        {
            ["brand"] = _options.BrandName,
            ["brand_voice"] = PromptInputs.BrandVoice(_engine.Rules, language),
            ["channel_rules"] = PromptInputs.ChannelRules(verdict.Channel),
            ["language"] = PromptInputs.LanguageName(language),
            ["customer"] = customerText,
            ["findings"] = PromptInputs.Findings(verdict, draft.Text, placeholders),
            ["draft"] = maskedDraft,
        };

        var started = _time.GetTimestamp();
        var (answer, problem, detail) = await AskAsync(arguments, cancellationToken).ConfigureAwait(false);
        var validation = problem is null
            ? _validator.Validate(answer, placeholders, language, verdict.Channel)
            : AnswerValidation.Rejected(problem.Value, detail!);
        var elapsedMs = (long)_time.GetElapsedTime(started).TotalMilliseconds;
        if (validation.Problem is { } rejected)
        {
            LlmLog.FellBack(_logger, rejected, validation.Detail!, elapsedMs);
            return await FallBackAsync(request, rejected, validation.Detail!, cancellationToken).ConfigureAwait(false);
        }

        LlmLog.Suggested(_logger, elapsedMs, placeholders.Tokens.Count, validation.DroppedPlaceholders);
        var text = validation.Text!;
        var check = _engine.Check(draft with { Text = text, Language = language });
        return SuggestionResult.Offered(new Suggestion(text, SuggestionSources.Llm, language, check, Changes(verdict, check, validation.DroppedPlaceholders)));
    }

    private async Task<(string? Answer, AnswerProblem? Problem, string? Detail)> AskAsync(KernelArguments arguments, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(_options.Timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var result = await _function.InvokeAsync(_kernel, arguments, linked.Token).ConfigureAwait(false);
            var message = result.GetValue<Microsoft.SemanticKernel.ChatMessageContent>();
            if (message?.Metadata is { } metadata && metadata.TryGetValue("FinishReason", out var reason)
                && string.Equals(reason?.ToString(), "length", StringComparison.OrdinalIgnoreCase))
            {
                return (null, AnswerProblem.Truncated, $"the answer reached the {_options.MaxTokens}-token limit");
            }

            return (message?.Content ?? result.ToString(), null, null);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return (null, AnswerProblem.Timeout, string.Create(CultureInfo.InvariantCulture, $"no answer within {_options.Timeout.TotalSeconds:0.###} s"));
        }
        catch (HttpOperationException exception) when (!cancellationToken.IsCancellationRequested)
        {
            if (timeout.IsCancellationRequested)
            {
                return (null, AnswerProblem.Timeout, string.Create(CultureInfo.InvariantCulture, $"no answer within {_options.Timeout.TotalSeconds:0.###} s"));
            }

            return exception.StatusCode is { } status
                ? (null, AnswerProblem.HttpError, string.Create(CultureInfo.InvariantCulture, $"the server answered {(int)status} {status}"))
                : (null, AnswerProblem.Unreachable, Unreachable(exception));
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && exception is not OperationCanceledException)
        {
            // Whatever else the connector throws comes from what the server sent (no body, not JSON, no choices):
            // the model is unusable for this request, which is what the offline fallback is for.
            if (timeout.IsCancellationRequested)
            {
                return (null, AnswerProblem.Timeout, string.Create(CultureInfo.InvariantCulture, $"no answer within {_options.Timeout.TotalSeconds:0.###} s"));
            }

            return (null, AnswerProblem.Unreachable, Unreachable(exception));
        }
    }

    private async ValueTask<SuggestionResult> FallBackAsync(SuggestionRequest request, AnswerProblem problem, string detail, CancellationToken cancellationToken)
    {
        var note = $"The language model's suggestion was not used ({Describe(problem)}: {detail}); the offline suggester answered.";
        var result = await _fallback.SuggestAsync(request, cancellationToken).ConfigureAwait(false);
        if (result.Suggestion is { } suggestion)
        {
            return SuggestionResult.Offered(suggestion with
            {
                Changes = [new SuggestionChange(SuggestionChangeKind.Fallback, note), .. suggestion.Changes],
            });
        }

        return SuggestionResult.Withheld(result.Source, $"{result.WithheldReason} {note}");
    }

    /// <summary>What the rewrite settled: each rule that flagged the draft and no longer flags the suggestion.</summary>
    private static List<SuggestionChange> Changes(Verdict draft, Verdict suggestion, int dropped)
    {
        var changes = new List<SuggestionChange>();
        var remaining = suggestion.Findings.Select(f => f.RuleId).ToHashSet(StringComparer.Ordinal);
        foreach (var ruleId in draft.Findings.Select(f => f.RuleId).Distinct(StringComparer.Ordinal))
        {
            if (!remaining.Contains(ruleId))
            {
                changes.Add(new SuggestionChange(SuggestionChangeKind.Repaired, "The language model rewrote the draft so this rule no longer flags it.", ruleId));
            }
        }

        if (dropped > 0)
        {
            changes.Add(new SuggestionChange(SuggestionChangeKind.Redaction, string.Create(CultureInfo.InvariantCulture, $"The language model left out {dropped} piece(s) of personal data the draft or the customer record held.")));
        }

        return changes;
    }

    private static string Describe(AnswerProblem problem) => problem switch
    {
        AnswerProblem.Timeout => "timeout",
        AnswerProblem.HttpError => "server error",
        AnswerProblem.Unreachable => "server unreachable",
        AnswerProblem.Empty => "empty answer",
        AnswerProblem.Truncated => "answer cut off",
        AnswerProblem.NotPlainReply => "not a plain reply",
        AnswerProblem.WrongLanguage => "wrong language",
        AnswerProblem.BadPlaceholder => "bad placeholder",
        AnswerProblem.TooLong => "too long",
        _ => problem.ToString(),
    };

    /// <summary>The exception's type only: connection errors may quote the URL, never the text, but keep the log plain.</summary>
    private static string Unreachable(Exception exception) =>
        $"the request failed ({(exception.InnerException ?? exception).GetType().Name})";
}
