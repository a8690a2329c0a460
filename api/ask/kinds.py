"""Each kind of question: the named query that answers it, and how its answer is said in Chinese."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Kind:
    query: str
    #: The answer when facts were found; {name} is the entity asked about, {items} the answers.
    found: str
    #: The answer when none were.
    none: str
    #: Whether the query takes the entity's label (its anchor may have one of several types).
    takes_label: bool = False


ROLE_WORDS = {"keynote": "作主旨发言", "speech": "致辞或讲话", "discussion": "研讨交流"}
ROLE_NOUNS = {"keynote": "主旨发言", "speech": "致辞/讲话", "discussion": "研讨交流"}
RELATION_WORDS = {
    "ORGANIZED": "主办",
    "UNDERTOOK": "承办",
    "CO_ORGANIZED": "协办",
    "SUPPORTED": "支持",
    "FOUNDED": "发起成立",
    "MEMBER_OF": "成员",
    "HOLDS_POSITION": "任职",
}

KINDS: dict[str, Kind] = {
    "speakers_of_forum": Kind(
        "speaker_facts_of_forum", "在{name}上{verb}的有：{items}。", "图谱中没有谁在{name}上{verb}的记录。"
    ),
    "forums_spoken_at": Kind(
        "ask_forums_spoken_at", "{name}{verb}的活动有：{items}。", "图谱中没有{name}{verb}的记录。"
    ),
    "participants_of_event": Kind(
        "ask_participants_of_event", "{verb}{name}的有：{items}。", "图谱中没有谁{verb}{name}的记录。", takes_label=True
    ),
    "events_taken_part_in": Kind(
        "ask_events_taken_part_in",
        "{name}{verb}的活动有：{items}。",
        "图谱中没有{name}{verb}活动的记录。",
        takes_label=True,
    ),
    "forums_of_person": Kind(
        "forum_facts_of_person", "{name}发言或参加的活动有：{items}。", "图谱中没有{name}发言或参加活动的记录。"
    ),
    "honors_of_holder": Kind(
        "ask_honors_of_holder", "{name}获得的荣誉有：{items}。", "图谱中没有{name}获得荣誉的记录。", takes_label=True
    ),
    "holders_of_honor": Kind("holder_facts_of_honor", "获得{name}的有：{items}。", "图谱中没有谁获得{name}的记录。"),
    "positions_of_person": Kind("ask_positions_of_person", "{name}任职于：{items}。", "图谱中没有{name}任职的记录。"),
    "people_of_organization": Kind(
        "ask_people_of_organization", "{name}的{verb}有：{items}。", "图谱中没有{name}的{verb}的记录。"
    ),
    "organisers_of_event": Kind(
        "ask_organisers_of_event",
        "{name}的{verb}单位有：{items}。",
        "图谱中没有{name}的{verb}单位的记录。",
        takes_label=True,
    ),
    "events_of_organiser": Kind(
        "ask_events_of_organiser", "{name}{verb}的活动有：{items}。", "图谱中没有{name}{verb}活动的记录。"
    ),
    "founders_of_alliance": Kind(
        "ask_founders_of_alliance", "发起成立{name}的有：{items}。", "图谱中没有{name}发起单位的记录。"
    ),
    "alliances_founded_by": Kind(
        "ask_alliances_founded_by", "{name}发起成立的联盟有：{items}。", "图谱中没有{name}发起成立联盟的记录。"
    ),
    "members_of_alliance": Kind("ask_members_of_alliance", "{name}的成员有：{items}。", "图谱中没有{name}成员的记录。"),
    "alliance_members_and_founders": Kind(
        "member_facts_of_alliance", "{name}的发起单位和成员有：{items}。", "图谱中没有{name}的发起单位或成员的记录。"
    ),
    "memberships_of": Kind(
        "ask_memberships_of", "{name}是以下组织的成员：{items}。", "图谱中没有{name}加入组织的记录。", takes_label=True
    ),
    "venue_of_forum": Kind("ask_venue_of_forum", "{name}的举办地点：{items}。", "图谱中没有{name}举办地点的记录。"),
    "dates_of_forum": Kind("ask_dates_of_forum", "{name}的举办时间：{items}。", "图谱中没有{name}举办时间的记录。"),
    "events_at_place": Kind(
        "ask_events_at_place", "在{name}举行的活动有：{items}。", "图谱中没有在{name}举行的活动的记录。"
    ),
    "connection": Kind("shortest_paths", "{name}：{items}。", "图谱中{name}之间在{hops}步以内没有联系。"),
}
