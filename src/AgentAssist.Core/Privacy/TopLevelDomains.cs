using System.Collections.Frozen;

namespace AgentAssist.Core.Privacy;

/// <summary>
/// Top-level domains a bare host name (<c>lumora.com</c>, <c>bit.ly</c>) may end in: every country code and the
/// generic domains people actually link to. A URL with a scheme may use any; a bare word pair such as
/// <c>image.png</c> or <c>today.It</c> is not a link.
/// </summary>
internal static class TopLevelDomains
{
    private static readonly FrozenSet<string> Known = (
        "ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo br bs bt bw by bz ca cc cd cf cg "
        + "ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg er es et eu fi fj fk fm fo fr ga gd ge gf gg gh gi gl "
        + "gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz "
        + "la lb lc li lk lr ls lt lu lv ly ma mc md me mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no "
        + "np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sk sl sm sn so sr ss st "
        + "su sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug uk us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw "
        + "com org net edu gov mil int info biz name pro mobi aero coop museum travel jobs tel asia cat app dev page blog shop store "
        + "online site website tech cloud xyz club live news media digital email academy agency company services support help global "
        + "world today life group network systems solutions studio design art top vip social aws google microsoft amazon apple link"
    ).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsKnown(ReadOnlySpan<char> tld) => Known.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tld);
}
