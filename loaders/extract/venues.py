"""Venues: the place an event is held in (在X举行, 于X召开, 在X报告厅, 赴X开展).

A phrase of time, a clause, a deictic region or two hosting bodies is no place's name.
"""

import re

import rjieba

from graph.model import EntityType
from loaders.extract.event_mention import EventMention
from loaders.extract.orgs import OrgRules

_NOT_VENUE = re.compile(
    r"月|(?<!^)日|^日[前内期]|年|上午|下午|晚|线上|现场|期间|会上|式上|论坛$|大会$|会议$|活动$|^(?:随后|之后|此后|其后|会后|同期|届时|目前|近期)"
    r"|首次|即将|国际上|国内外"
    # a clause of its own (在成都校区组织专家到…开展): what is organised there, no place's name
    r"|组织(?!部)|邀请(?!赛)|带领|安排"
    # the home school named by a deictic (在学校联合开展): the host, no place; a count of sites (在三校区进行)
    r"|^(?:学校|我校|本校|校内|学院|我院)$|^[两三四五六七八九十\d]+个?(?:校区|地|处|个地方)$"
    # a unit's own premises or a deictic region (在机关隆重举行, 在我省举办): no place's name
    r"|^(?:机关|本部|单位|本单位|基层|一线|当地|本地|我省|本省|我市|本市|我区|我县)$"
    # the manner of a progressive (活动也在火热进行, 正在有序开展): no place
    r"|^(?:火热|如火如荼|紧张|有序|顺利|积极|稳步|持续|扎实|热烈|同步|陆续|抓紧|全面|深入|不断)$"
)
#: The first of two predicates joined by 并 after a place (在东海正式成立并举行…).
_FIRST_PREDICATE = re.compile(r"(?:隆重|正式|顺利|成功)?(?:成立|揭牌|挂牌|开班|启动|开业|落成)并$")
_DIGIT = re.compile(r"\d")
#: A numbered room or building is a venue (行政楼104会议室, 3号楼报告厅, 计算机楼A501, 科技楼B-203室).
_ROOM = re.compile(
    r"\d+[号层]?(?:楼|室|厅|会议室|报告厅|教室)$|[楼馆厅座][A-Za-z]?[-－]?\d{2,5}(?:室|房间)?$"
    r"|(?:校区|楼)\d{1,2}[-－]\d{2,4}$"  # 雅安校区12-109: building and room numbers
    r"|楼\d{1,2}[-－][A-Za-z]\d{2,4}$"  # 博学楼5-C205: building, wing and room
)
#: A clause or a scope, not a venue's name: a particle or demonstrative (的差距, 得知这次…的), a plural
#: (温江各社区), a whole territory's system or circles (全省工会系统, 全市各界).
_CLAUSAL_VENUE = re.compile(
    r"的|各|这|那|此次|本次|该|其|^全(?:国|省|市|区|县|校|院|体)|(?:系统|各界|范围|领域|行业|层面|一线|方面)$"
)
#: The home school before one of its campuses or halls (在我校东湖校区举行, 在我校学术中心举行): the campus or hall
#: is the place, the school its host.
_HOME_BEFORE_CAMPUS = re.compile(
    r"^(?:我校|本校|我院|本院)(?=[\u4e00-\u9fff]{2,})|^学校(?=[\u4e00-\u9fff]{2,8}(?:校区|分校|院区)$)"
)
#: Two places an event links by video (东湖和西岭连线, 东湖、西岭两地同步).
_LINKED_VENUES = re.compile(r"([^和与、]{2,8})[和与、]([^和与、]{2,8})(?:两地)?(?:连线|同步|两地)")
#: One-character localizers that end a phrase of location, not a name (车间里, 模拟人体组织上).
_LOCALIZER_ENDS = frozenset("里上中内下旁外前后间")


def _localized(name: str) -> bool:
    """The phrase ends with a localizer word of its own (车间里), not a name ending in the character (一中)."""
    words = rjieba.tag(name)
    return len(words) > 1 and words[-1][1] == "f" and len(words[-1][0]) == 1


#: 赴Y开展X活动, 前往Y参加X: the place a body or a party travels to and holds or joins the event in (after
#: each verb of travelling, one literal-led pattern).
_TRAVELLED_TO = r"([^，。；：、“”在于赴和与]{2,20}?)(?:开展|举办|举行|参加)"


class VenueFinder:
    """The venues of a text, each with its span."""

    def __init__(self, orgs: OrgRules) -> None:
        self.orgs = orgs
        # 在X举行 / 于X召开 (not 位于, 关于 …): one literal-led pattern each, which the regex engine finds
        # by a fast scan for the character (a character class or alternation is tried at every position)
        venue = (
            r"([^，。；：、“”在于]{1,20}?)(?:隆重|同步|正式|顺利|盛大|圆满|胜利|主持|亲自主持|联合|共同|携手|积极|全面|率先)?"
            r"(?:召开|举行|举办|开幕|开展|进行|落幕|闭幕|落下帷幕|开赛|收官|开讲|开课|启动|揭晓)"
        )
        # 在图书馆二楼报告厅带来了一场报告: a hall or meeting room is the venue whatever the verb after it
        hall = (
            r"([^，。；：、“”在于的]{1,16}?(?:报告厅|会议室|会议厅|多功能厅|演播厅|礼堂|学术厅))"
            r"(?=[\u4e00-\u9fff])(?!的)"
        )
        self._venue_verbs = (
            re.compile("在" + venue),
            re.compile("于(?<![位基由关对至属等处终便善用]于)" + venue),
            re.compile("在" + hall),
            re.compile("赴" + _TRAVELLED_TO),
            re.compile("前往" + _TRAVELLED_TO),
        )

    def find(self, text: str) -> list[EventMention]:
        out: list[EventMention] = []
        for pattern in self._venue_verbs:
            for m in pattern.finditer(text):
                name = m.group(1)
                first = _FIRST_PREDICATE.search(name) if "并" in name else None
                if first:  # 在东海正式成立并举行X: the place ends before the first of two predicates
                    name = name[: first.start()]
                    if len(name) < 2:
                        continue
                if _NOT_VENUE.search(name) or (_DIGIT.search(name) and not _ROOM.search(name)):
                    continue
                if _CLAUSAL_VENUE.search(name) or (name[-1] in _LOCALIZER_ENDS and _localized(name)):
                    continue
                home = _HOME_BEFORE_CAMPUS.match(name)
                base = m.start(1) + (home.end() if home else 0)
                name = name[home.end() :] if home else name
                if ("和" in name or "与" in name) and self.orgs.two_names(name):
                    continue  # 在东湖机务段和南岭职业学院举行: two bodies that host it, no one place
                linked = _LINKED_VENUES.fullmatch(name)
                if linked:  # 在东湖和西岭连线举行: two venues linked by video
                    for k in (1, 2):
                        k_start, k_end = base + linked.start(k), base + linked.end(k)
                        out.append(EventMention(EntityType.PLACE, linked.group(k), k_start, k_end))
                    continue
                out.append(EventMention(EntityType.PLACE, name, base, base + len(name)))
        out.sort(key=lambda v: v.start)
        return out
