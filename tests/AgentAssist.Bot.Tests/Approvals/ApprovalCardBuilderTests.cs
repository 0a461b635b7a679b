using System.Text.Json;
using AgentAssist.Bot.Approvals;
using AgentAssist.Bot.Teams;
using AgentAssist.Bot.Tests.Fixtures;
using AgentAssist.Core.Approvals;

namespace AgentAssist.Bot.Tests.Approvals;

public sealed class ApprovalCardBuilderTests
{
    private static readonly string[] Supervisors = ["29:ana", "29:luis"];

    [Fact]
    public void Build_Pending_DraftHighlightedFactsActionsAndRefreshForTheSupervisors()
    {
        var card = Json(ApprovalCardBuilder.Build(ApprovalSamples.Pending(), ApprovalSamples.View(BotText.English), canDecide: true, Supervisors));

        Assert.Equal("Approval needed", CardJson.Heading(card));
        Assert.Contains("VERY", CardJson.Highlighted(card));
        Assert.Equal("Sam Agent", CardJson.Fact(card, "Agent"));
        Assert.Equal("13:40 UTC", CardJson.Fact(card, "Asked at"));
        Assert.Equal("14:10 UTC", CardJson.Fact(card, "Due by"));
        Assert.Equal("12 min", CardJson.Fact(card, "Waiting for"));
        Assert.Equal("High", CardJson.Fact(card, "Urgency"));
        Assert.Contains("@sam_k", CardJson.AllText(card), StringComparison.Ordinal);
        var actions = card.GetProperty("actions").EnumerateArray().ToList();
        Assert.Equal(["Approve", "Edit and approve", "Reject"], actions.Select(a => a.GetProperty("title").GetString()));
        Assert.Equal(ApprovalVerbs.Approve, actions[0].GetProperty("verb").GetString());
        Assert.Equal(ApprovalSamples.Pending().Id, actions[0].GetProperty("data").GetProperty("request").GetString());
        var edit = CardJson.Input(card, ApprovalActionData.EditedTextInputId);
        Assert.Equal(ApprovalSamples.RefundDraft, edit.GetProperty("value").GetString());
        Assert.True(edit.GetProperty("isRequired").GetBoolean());
        Assert.True(CardJson.Input(card, ApprovalActionData.ReasonInputId).GetProperty("isRequired").GetBoolean());
        var refresh = card.GetProperty("refresh");
        Assert.Equal(ApprovalVerbs.Refresh, refresh.GetProperty("action").GetProperty("verb").GetString());
        Assert.Equal(Supervisors, refresh.GetProperty("userIds").EnumerateArray().Select(u => u.GetString()));
    }

    [Fact]
    public void Build_PendingForSomeoneWhoCannotDecide_NoButtonsAndSaysWhy()
    {
        var card = Json(ApprovalCardBuilder.Build(ApprovalSamples.Pending(), ApprovalSamples.View(BotText.English), canDecide: false, Supervisors));

        Assert.False(card.TryGetProperty("actions", out _));
        Assert.Contains("Only the team's supervisors can decide.", CardJson.AllText(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_DraftWithPersonalData_MaskedEverywhereIncludingTheEditField()
    {
        var card = Json(ApprovalCardBuilder.Build(ApprovalSamples.Pending(ApprovalSamples.PrivateDraft, "email"), ApprovalSamples.View(BotText.English), canDecide: true, Supervisors));

        var json = card.GetRawText();
        Assert.DoesNotContain("maria.lopez", json, StringComparison.Ordinal);
        Assert.Contains("****", CardJson.Input(card, ApprovalActionData.EditedTextInputId).GetProperty("value").GetString(), StringComparison.Ordinal);
        Assert.Contains("Personal data in the draft is hidden on this card.", CardJson.AllText(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Suggestion_ShownAndPrefilledInTheEditField()
    {
        const string suggestion = "We're sorry. A supervisor will confirm your refund today.";

        var card = Json(ApprovalCardBuilder.Build(ApprovalSamples.Pending(suggestion: suggestion), ApprovalSamples.View(BotText.English), canDecide: true, Supervisors));

        Assert.Equal(suggestion, CardJson.Input(card, ApprovalActionData.EditedTextInputId).GetProperty("value").GetString());
        Assert.Contains("Suggested rewrite", CardJson.AllText(card), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ApprovalState.Approved, "en", "Approved by Ana at 14:02 UTC")]
    [InlineData(ApprovalState.EditedAndApproved, "en", "Edited and approved by Ana at 14:02 UTC")]
    [InlineData(ApprovalState.Rejected, "en", "Rejected by Ana at 14:02 UTC")]
    [InlineData(ApprovalState.Withdrawn, "en", "Withdrawn by Sam Agent at 13:45 UTC")]
    [InlineData(ApprovalState.Approved, "es", "Aprobada por Ana a las 14:02 UTC")]
    [InlineData(ApprovalState.Rejected, "es", "Rechazada por Ana a las 14:02 UTC")]
    public void Build_Decided_WhoAndWhenAndNoButtons(ApprovalState state, string language, string heading)
    {
        var card = Json(ApprovalCardBuilder.Build(ApprovalSamples.Decided(state), ApprovalSamples.View(BotText.For(language)), canDecide: true, Supervisors));

        Assert.Equal(heading, CardJson.Heading(card));
        Assert.False(card.TryGetProperty("actions", out _));
    }

    [Fact]
    public void Build_Rejected_ShowsTheReason()
    {
        var card = Json(ApprovalCardBuilder.Build(ApprovalSamples.Decided(ApprovalState.Rejected), ApprovalSamples.View(BotText.English), canDecide: true, Supervisors));

        Assert.Contains("We can't promise a refund on X; offer a call instead.", CardJson.AllText(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_InAnotherTimeZone_TimesInThatZone()
    {
        var madrid = TimeZoneInfo.FindSystemTimeZoneById("Europe/Madrid");
        var view = ApprovalSamples.View(BotText.Spanish) with { Zone = madrid };

        var card = Json(ApprovalCardBuilder.Build(ApprovalSamples.Decided(ApprovalState.Approved), view, canDecide: true, Supervisors));

        Assert.Equal("Aprobada por Ana a las 15:02", CardJson.Heading(card));
    }

    [Fact]
    public void AgentCard_Pending_WaitingTimeDueTimeWithdrawAndSelfRefresh()
    {
        var card = Json(AgentApprovalCardBuilder.Build(ApprovalSamples.Pending(), ApprovalSamples.View(BotText.English, ApprovalSamples.Created.AddMinutes(75))));

        Assert.Equal("Waiting for approval", CardJson.Heading(card));
        Assert.Equal("1 h 15 min", CardJson.Fact(card, "Waiting for"));
        Assert.Contains("Customer care", CardJson.AllText(card), StringComparison.Ordinal);
        Assert.Equal([ApprovalVerbs.Withdraw, ApprovalVerbs.Status], card.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("verb").GetString()));
        Assert.Equal(ApprovalVerbs.Status, card.GetProperty("refresh").GetProperty("action").GetProperty("verb").GetString());
    }

    [Fact]
    public void AgentCard_EditedAndApproved_FinalTextReadyToCopy()
    {
        var card = Json(AgentApprovalCardBuilder.Build(ApprovalSamples.Decided(ApprovalState.EditedAndApproved), ApprovalSamples.View(BotText.English)));

        Assert.Equal("Edited and approved by Ana at 14:02 UTC", CardJson.Heading(card));
        Assert.Contains("Final text, ready to copy", CardJson.AllText(card), StringComparison.Ordinal);
        Assert.Contains("We're sorry. We'll refund the full amount today.", CardJson.AllText(card), StringComparison.Ordinal);
        Assert.DoesNotContain(ApprovalVerbs.Withdraw, CardJson.Verbs(card));
    }

    [Theory]
    [InlineData(5, "5 min")]
    [InlineData(59.9, "59 min")]
    [InlineData(61, "1 h 1 min")]
    [InlineData(60 * 26, "1 d 2 h")]
    [InlineData(-3, "0 min")]
    public void Duration_Minutes_RoundedDown(double minutes, string expected)
    {
        Assert.Equal(expected, BotText.English.Duration(TimeSpan.FromMinutes(minutes)));
    }

    [Fact]
    public void Time_AnotherDay_ShowsTheDate()
    {
        var now = new DateTimeOffset(2026, 3, 11, 9, 0, 0, TimeSpan.Zero);

        Assert.Equal("Mar 10 13:40 UTC", BotText.English.Time(ApprovalSamples.Created, TimeZoneInfo.Utc, now));
        Assert.Equal("10 mar 13:40 UTC", BotText.Spanish.Time(ApprovalSamples.Created, TimeZoneInfo.Utc, now));
    }

    private static JsonElement Json(BotFramework.Cards.AdaptiveCard card) => card.ToJsonElement();
}
