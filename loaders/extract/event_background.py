"""Events named as the background of a report rather than as the event it reports.

An event in a purpose clause (为贯彻落实X大会精神), whose spirit or resolutions are studied, whose letter is
cited, or which a prize describes is an entity of the text, but no relation of its clause goes to it.
"""

import re

from loaders.extract.event_mention import EventMention

#: A purpose clause: 为(了)(认真)(深入)贯彻落实…, up to the end of its clause; an event named in it is
#: the background of the report, not the event reported.
_PURPOSE = re.compile(
    r"(?:^|(?<=[，。；：\n]))为了?(?:认真|深入|全面|进一步|切实|更好地?|积极)*"
    r"(?:学习宣传贯彻|学习贯彻落实|学习贯彻|贯彻落实|宣传贯彻|贯彻|落实|学习|迎接|庆祝|纪念|备战)"
    r"[^，。；\n]*"
)
#: What follows an event whose spirit, speech or communiqué is studied (X大会精神, 在X会议上的重要讲话精神,
#: 解读了X全会公报).
STUDIED = re.compile(r"(?:上的?(?:重要)?(?:讲话|指示|批示|报告))?精神|的?(?:各项|有关|相关|重要)?决议|的?公报")


def purpose_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the purpose clauses of a text (为贯彻落实…精神): what they name is background."""
    if "为" not in text:
        return []
    return [m.span() for m in _PURPOSE.finditer(text)]


def clause_end(text: str, pos: int) -> int:
    """The end of the clause that holds ``pos`` (the next ，。；or line end)."""
    ends = [e for e in (text.find(c, pos) for c in "，。；\n") if e >= 0]
    return min(ends) if ends else len(text)


#: 等(一系列)活动 after an event: it is one example of a kind of activity.
_EXAMPLES = re.compile(r"等(?:一系列|多项|各类|系列|多种|丰富多彩的)?(?:文体|特色|主题)?活动")


#: A contest's prize closing a relative clause before a noun (X比赛特等奖或一等奖的青年教师).
_PRIZE = r"(?:[特一二三]等奖|[金银铜]奖|优秀奖)"
_PRIZE_OF_SOMEONE = re.compile(rf"{_PRIZE}(?:[或和及、]{_PRIZE})*的")
#: What is sent to an event rather than said there (总书记在X大会上的贺信), as a pattern to build on.
CITED_WRITINGS = r"(?:贺信|回信|重要指示|重要批示)"
#: A letter or an instruction sent to an event, cited (围绕总书记在X大会上的贺信): X is background.
_CITED_AT = re.compile(r"”?上的?" + CITED_WRITINGS)
#: A letter sent to an event (总书记致X大会的贺信, 致X大会贺信精神): X is background.
_LETTER_TO = re.compile(r"”?的?(?:贺信|贺词|贺电|回信|慰问信)")


def mark_background(text: str, mentions: list[EventMention]) -> list[EventMention]:
    """Flag the events named inside a purpose clause or whose spirit is studied (为贯彻落实X会议精神):
    the background of the report; its relations go to the event of the main clause."""
    spans = purpose_spans(text)
    for m in sorted(mentions, key=lambda x: -x.start):  # the last of A、B和C会议精神 first
        if STUDIED.match(text, m.end) or (text.startswith("”", m.end) and STUDIED.match(text, m.end + 1)):
            m.background = True
            continue
        if _CITED_AT.match(text, m.end):
            m.background = True
            continue
        if text.startswith(("以来", "召开以来", "闭幕以来"), m.end):
            m.background = True  # 县总工会第七次代表大会以来: the time since an earlier event, not the report
            continue
        if text[m.start - 1 : m.start] == "致" and _LETTER_TO.match(text, m.end):
            m.background = m.letter = True
            continue
        if _PRIZE_OF_SOMEONE.match(text, m.end):
            m.background = True  # 获得过X比赛一等奖的教师: the prize describes who may enter, not the report
            continue
        if text.startswith("等", m.end) and _EXAMPLES.match(text, m.end):
            m.background = True  # 开展了A、B、X大赛等一系列活动: an example of what a body does, not the report
            continue
        if text[m.end : m.end + 1] in ("和", "、", "及") and any(
            o.background and o.start == m.end + 1 for o in mentions
        ):
            m.background = True  # 全国教育大会和全国高校思想政治工作会议精神: both are studied
            continue
        for lo, hi in spans:  # (a loop: a generator costs a frame per mention)
            if lo <= m.start < hi:
                m.background = True
                break
    return mentions


def background_scope(text: str, start: int) -> tuple[int, int]:
    """What a background event at ``start`` is the event of: the rest of its clause (the speech of
    总书记在X座谈会上的重要讲话 was given at X)."""
    lo = max(text.rfind(c, 0, start) for c in "，。；\n") + 1
    return lo, clause_end(text, start)
