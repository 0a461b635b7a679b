using System.Text.Json.Nodes;

namespace AgentAssist.Slack.BlockKit;

/// <summary>A run of text in a <c>rich_text</c> block; its characters are shown as they are.</summary>
public sealed record RichTextRun(string Text, bool Bold = false, bool Italic = false, bool Code = false)
{
    internal JsonObject ToJson()
    {
        var run = new JsonObject { ["type"] = "text", ["text"] = Text };
        if (Bold || Italic || Code)
        {
            var style = new JsonObject();
            if (Bold)
            {
                style["bold"] = true;
            }

            if (Italic)
            {
                style["italic"] = true;
            }

            if (Code)
            {
                style["code"] = true;
            }

            run["style"] = style;
        }

        return run;
    }
}
