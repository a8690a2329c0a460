"""Persons at an event: who speaks there and in what role (keynote, speech, discussion), who attends or
hosts it, who wins a prize in a contest and who judges it. A pass over :class:`EventPass`, whose helpers
say which event a predicate is about."""

import re
from functools import lru_cache

from graph.model import EntityType, RelationType
from loaders.extract.event_background import CITED_WRITINGS
from loaders.extract.events import EVENT_WORD, EventPass, clause_end_at
from loaders.extract.lexicon import Lexicon, alternation
from loaders.extract.persons import Mention
from loaders.extract.registry import Draft
from loaders.extract.sentences import Sentence

#: Talks that a 主旨…环节 makes keynotes (not addresses: 致辞, 讲话).
_TALK_IN_SECTION = re.compile(r"报告|分享|演讲|发言|讲座")
#: 座谈会上，/ 在研讨会上，: what is said at a seminar is remarks in an exchange.
_SEMINAR = re.compile(r"(?:在)?(座谈会|研讨会)上")
#: A speech word that is the first part of a noun (宣讲团, 讲解员, 主讲人 as a noun before a name is fine).
_SPEECH_NOUN_AFTER = frozenset("团员队")
#: A person whose letter or instruction to an event is cited (围绕总书记在X大会上的贺信): no speaker here.
#: (or whose writings or words are studied: 学习习近平总书记致X的贺信精神, 总书记关于X的重要论述)
_CITED_SPEAKER = re.compile(
    r"(?:总书记|主席|同志)?在[^，。；]{2,40}?上的"
    + CITED_WRITINGS
    + r"|总书记(?!在)(?:致|关于|对)?[^，。；]{0,40}?(?:精神|论述|指示|批示|贺信|回信)"
    # a speech given on a tour or at a time (总书记在东湖考察时的重要讲话): cited, given elsewhere
    + r"|(?:总书记|主席|同志)?在[^，。；]{2,30}?(?:时|期间)的[^，。；]{0,8}?(?:讲话|指示|批示|论述)"
)
#: The event a cited speech was given at, written before it (在X座谈会上的重要讲话).
_SPEECH_SITE = re.compile(r"在[^，。；]{2,40}?上的[^，。；]{0,6}$")


def _in_quoted_speech(text: str, lo: int, at: int) -> bool:
    """``at`` lies inside a quotation that a colon opens (表示：“…”): words the speaker reports."""
    q = text.rfind("“", lo, at)
    return q > lo and text[q - 1] in "：:" and text.find("”", q, at) < 0


#: 据林某介绍: the person is the reporter's source.
_SOURCE = re.compile(r"据[^，。；据]{1,5}$")
#: A verb of attending right before a talk's noun: the noun is its object (参与了本次讲座), not a speech.
_ATTENDED_TALK = re.compile(
    r"(?:参与|参加|聆听|出席|听取|观看|收听|旁听|听完|听)了?(?:本次|此次|这次|本场|此场|这场|该)?(?:学术|专题|线上|精彩)?$"
)
#: A verb of hearing that opens the clause of a talk's noun (听取了全市X工作情况汇报): its object.
_HEARD = re.compile(r"(?:听取|聆听|观看|收听|旁听|听完)了?[^，。；：“”《》]*$")
#: A report or address made, with what it is on between (作学院工作报告, 作财务工作总结报告, 做了专题讲话,
#: 作大赛总结);
#: not the 作 of a word (工作报告 is read from the lexicon) nor a 报告会.
_REPORT_MADE = re.compile(
    r"(?<![工合协创操制写动运著佳杰力之当所])(?:作|做)(?:了)?[^，。；、“”《》\s]{1,14}?"
    r"(?:报告|讲话|发言|说明|总结(?!报告|讲话|发言|会))(?![会厅团人者])"
)
#: 代表X对Y表示祝贺 / 向Y致以问候: an address on behalf of a body.
_GREETING = re.compile(
    r"(?:代表[^，。；]{1,20}?)?(?:向|对)[^，。；]{1,40}?(?:表示|致以)(?:了)?(?:热烈|衷心|诚挚|最|真诚)*(?:的)?"
    r"(?:祝贺|感谢|欢迎|问候|慰问|敬意|谢意)"
)
#: 作了题为“X”的报告: the talk word after a titled talk is the speech (报告 alone is no predicate).
_TALK = re.compile(r"题为[“《][^”》]{2,40}[”》]的[^，。“”《》]{0,4}?(分享|报告|讲座|演讲|讲话|发言)")
#: A report or address made under its title (作了《X工作报告》, 作《X》；, 林某所作的《X报告》), and a talk on a theme
#: (以“X”为题/为主题, 围绕“X”主题): the verb, or the theme's frame, is the act.
_TITLED_REPORT = re.compile(r"(?:作|做)[了的]?(《[^》]{2,60}(?:报告|讲话|说明)》|《[^》]{2,60}》(?=[，。；]))")
_THEMED_TALK = re.compile(r"以[“《][^”》]{2,40}[”》]为(?:题|主题)")
#: An appeal made or read out to the gathering (发出倡议, 向全市青年发出“X”倡议, 宣读倡议书): a speech.
_APPEAL = re.compile(r"(?:发出|宣读)了?(?:[^，。；：]{0,30}?[”》])?倡议(?:书)?")
#: 林某、张某等劳模代表一一登台，讲述了…: those who take the stage to tell or share something speak (登台领奖
#: takes it to be honoured).
_TOOK_STAGE = re.compile(
    r"(?:一一|先后|依次|相继|轮流|款步|纷纷)?登台(?=[^。；！？]{0,30}?(?:讲述|分享|宣讲|讲话|发言|演讲|作报告|畅谈|讲授))"
)
#: 与/同/向 right before a verb of attending, and the 的 of a relative clause after it (与出席座谈会的代表):
#: the verb describes the persons the named ones meet.
_WITH_BEFORE = frozenset("与同向跟和")
_RELATIVE_AFTER = re.compile(r"[^，。；、]{1,16}?的(?:代表|嘉宾|劳模|职工|人员|同志|领导|专家|学员|学生|师生|青年)")
#: Verbs of taking part that also take objects which are no events (参加工作, 参与研发).
_OPEN_OBJECT_VERBS = frozenset({"参加", "参与"})
#: 会上，/ 仪式上，/ 在开幕式上，: what a person then says (表示, 指出) is said at the event.
_AT_EVENT = re.compile(
    r"^(?:在|随后|之后)?[^，。；“”]{0,24}?(?:会上|会议上|仪式上|活动上|论坛上|典礼上|开幕式上|闭幕式上|开班式上)，"
)
#: The verbs of saying after 会上，(表示, 指出): what is said is said at the event.
_SAYS = re.compile(r"表示|指出|强调|说")
#: What a person says, closing its clause (林某表示，…; 张某说：“…”): a remark where the article's gathering
#: is an exchange.
_REMARK = re.compile(r"(?:表示|指出|说|坦言|认为|谈到)(?=[，：:。“,])|建议(?=[，：:“,]|[\u4e00-\u9fff]{2})")
#: What a person says who is at the meeting reported (林某指出，…; 林某强调，…; 林某要求…).
_POINTS_OUT = re.compile(r"(?:指出|强调|要求)(?=[，：:。“,]|各)")
#: What a person at the meeting reported says, once the report has them there (林某指出，…; 林某表示，…).
_SAID_THERE = re.compile(f"{_REMARK.pattern}|{_POINTS_OUT.pattern}")
#: A quoted title (《X》, “X”): a verb inside it is not the sentence's verb.
_QUOTED_SPAN = re.compile(r"《[^》]*》|“[^”]*”")
#: 出席论坛的还有 A、B: the persons listed after it attended (with that verb).
_ALSO_PRESENT = re.compile(r"(出席|参加)[^，。；]{0,12}?的(?:还有|有)")
#: What may stand between two predicates that share their subjects (出席会议并讲话, 到会致辞).
#: (or a clause that goes on with 并 and no subject of its own: 颁发了奖牌，并对X进行了宣讲, …，并作了讲话)
_CHAINED = re.compile(
    r"(?:[^，。；、]{0,16}?并|(?:会议|活动|论坛|大会|仪式|开幕式|闭幕式)?[和及、]?"
    r"|[^，。；、]{0,16}?，并(?:[对就向为][^，。；]{1,30}?)?)(?:作了?|发表了?|进行了?)?(?:重要)?"
)


def _chained(gap: str, kind: str) -> bool:
    """Two predicates share their subjects across ``gap``; across a comma only into a talk (颁发了奖牌，并作了
    讲话), not into another act of attending (发表讲话，并宣布…)."""
    return _CHAINED.fullmatch(gap) is not None and ("，" not in gap or kind == "speak")


#: What follows a name that is an item of a list sharing one predicate.
_LIST_AFTER_NAME = frozenset("，、,和与及（(")
#: A clause before a prize that names no one (…脱颖而出，荣获二等奖; …，在决赛中获得金奖).
_NO_SUBJECT = re.compile(r"(?:最终|最后|并|还|均|共|一举|先后|在[^，。；]{1,30}?(?:中|上))*")
#: A place won in a contest: 获思政组一等奖, 获得冠军, 摘得特等奖; one each, listed (分别获得美发、育婴项目优胜奖).
_PRIZE = re.compile(
    r"(?:分别(?:荣获|获得|获)[^，。；“”]{0,40}?|(?:荣获|获得|获评|获|摘得|斩获|夺得|摘取|勇夺)(?:了)?[^，。；、“”]{0,30}?)"
    r"(?P<prize>(?:[一二三特][、和及])*[一二三特]等奖|金奖|银奖|铜奖|冠军|亚军|季军|优秀奖|优胜奖|第[一二三四五六七八九十\d]+名)"
)
#: The judges of an event: 评委由A、B等5名专家组成 (the persons listed), 林某担任大赛评委 (the subject).
_JUDGES_BY = re.compile(r"评委(?:会|组)?(?:成员)?由([^。；]{2,300}?)(?:共同)?组成")
_JUDGES_AS = re.compile(r"(?:担任|作为|作|为|任)(?:了)?[^，。；：,]{0,14}?评委(?!会)")


@lru_cache(maxsize=1)
def _predicates(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Speech and participation predicates, and post-name titles (compiled once: one SpeakerPass a document)."""
    return (
        re.compile(alternation(lex.speech)),
        re.compile(alternation(lex.participation)),
        re.compile(alternation(lex.post_name_titles)),
    )


class SpeakerPass:
    """Relates the persons named at an event to it: SPOKE_AT with the role of what they said,
    PARTICIPATED_IN with the verb, the prize or 评委 as the role."""

    def __init__(self, events: EventPass) -> None:
        self.events = events
        self.reg = events.reg
        self.lex = events.lex
        self.forums = events.forums
        self._speech, self._attend, self._post_name = _predicates(events.lex)

    def speakers(self, text: str, sent: Sentence, mentions: list[Mention], keynote_mode: bool) -> None:
        """林某作主旨报告, 林某出席并讲话, 会上，林某表示…: each person named before a predicate of speaking or
        attending (and the names listed with them) spoke at or attended the event it is about; in a 主旨…环节
        (``keynote_mode``) a talk is a keynote. The prizes of the sentence are read first."""
        if not mentions:
            return
        self.prizes(text, sent, mentions)
        preds: list[tuple[int, int, str, str | None, str]] = []  # start, end, kind, role, verb
        for m in self._speech.finditer(text, sent.start, sent.end):
            role = self.lex.speech[m.group(0)]
            if keynote_mode and role == "speech" and _TALK_IN_SECTION.search(m.group(0) + text[m.end() : m.end() + 2]):
                role = "keynote"  # a talk listed in a 主旨…环节 (作报告, 分享了, 作了演讲)
            elif m.group(0) in ("发言", "交流发言") and _SEMINAR.match(sent.text):
                role = "discussion"  # 座谈会上，…先后发言: remarks at a seminar
            if text[m.end() : m.end() + 1] in _SPEECH_NOUN_AFTER:
                continue  # 宣讲团, 点评员: a noun, not the act
            if text.startswith("精神", m.end()) and not _SPEECH_SITE.search(text, max(0, m.start() - 50), m.start()):
                continue  # 学习总书记近期重要讲话精神: a speech studied (在X上的讲话精神 keeps X as its site)
            if m.group(0) == "介绍" and (
                text[m.end() : m.end() + 1] == "到" or _SOURCE.search(text, max(0, m.start() - 6), m.start())
            ):
                continue  # 介绍到 (mentions); 据林某介绍 (the reporter's source, not a talk at the event)
            if _in_quoted_speech(text, sent.start, m.start()):
                continue  # 林某表示：“柯老师向大家讲述了…”: a talk the quoted speaker reports, not hers
            if _ATTENDED_TALK.search(text, max(0, m.start() - 10), m.start()):
                continue  # 参与了本次讲座, 聆听了报告: the talk attended, no one speaking
            heard = _HEARD.search(text, max(sent.start, m.start() - 40), m.start())
            if heard and not any(heard.start() < pm.start < m.start() for pm in mentions):
                continue  # 听取了X工作情况汇报: a report heard (听取了林某关于X的汇报 names its speaker)
            preds.append((m.start(), m.end(), "speak", role, m.group(0)))
        body = sent.text
        made = ("报告" in body or "讲话" in body or "发言" in body or "说明" in body or "总结" in body) and (
            "作" in body or "做" in body
        )
        for m in _REPORT_MADE.finditer(body) if made else ():  # 作学院工作报告
            if "题为" not in m.group(0) and self._speech.search(m.group(0)) is None:  # (else the lexicon's)
                role = "keynote" if keynote_mode else "speech"
                preds.append((sent.start + m.start(), sent.start + m.end(), "speak", role, m.group(0)))
        for m in _GREETING.finditer(body) if ("表示" in body or "致以" in body) else ():  # 代表X对Y表示祝贺
            preds.append((sent.start + m.start(), sent.start + m.end(), "speak", "speech", m.group(0)))
        for m in _TALK.finditer(sent.text) if "题为" in sent.text else ():
            role = "keynote" if keynote_mode else "speech"
            preds.append((sent.start + m.start(1), sent.start + m.end(1), "speak", role, m.group(1)))
        for m in _TITLED_REPORT.finditer(body) if "《" in body else ():
            role = "keynote" if keynote_mode else "speech"
            preds.append((sent.start + m.start(), sent.start + m.start(1), "speak", role, m.group(0)))
        for m in _THEMED_TALK.finditer(body) if "为题" in body or "为主题" in body else ():
            role = "keynote" if keynote_mode else "speech"
            preds.append((sent.start + m.start(), sent.start + m.start() + 1, "speak", role, m.group(0)))
        for pattern, present in ((_APPEAL, "倡议" in body), (_TOOK_STAGE, "登台" in body)):
            for m in pattern.finditer(body) if present else ():
                role = "keynote" if keynote_mode else "speech"
                preds.append((sent.start + m.start(), sent.start + m.end(), "speak", role, m.group(0)))
        for m in self._attend.finditer(text, sent.start, sent.end):
            follow = text[m.end() : m.end() + 2]
            if follow in ("调研", "考察", "参观"):
                continue
            if m.group(0) in _OPEN_OBJECT_VERBS and not self._joins_event(text, m.end(), sent, m.group(0) == "参加"):
                continue  # 参加工作19年, 参与研发: the object is no event
            if m.start() > sent.start and text[m.start() - 1] in _WITH_BEFORE and _RELATIVE_AFTER.match(text, m.end()):
                continue  # 与出席座谈会的代表交流: those who attend are the others, not the persons named
            preds.append((m.start(), m.end(), "attend", None, m.group(0)))
        seminar = _SEMINAR.match(sent.text)
        at_event = seminar or _AT_EVENT.match(sent.text)
        if at_event:
            role = "discussion" if seminar else "speech"
            for m in _SAYS.finditer(sent.text, at_event.end()):
                preds.append((sent.start + m.start(), sent.start + m.end(), "speak", role, m.group(0)))
        elif _SAID_THERE.search(body) is not None:  # 林某表示/强调，… in the report of a meeting
            topic = self.events.forum_for(sent)
            if topic is not None and _exchange(topic):
                for m in _REMARK.finditer(body):
                    preds.append((sent.start + m.start(), sent.start + m.end(), "speak", "discussion", m.group(0)))
            elif topic is not None:  # 林某主持会议。林某指出/表示，…: what someone at the meeting says is a speech
                for m in _SAID_THERE.finditer(body):
                    if self._took_part(mentions, sent.start + m.start(), topic, sent.start):
                        preds.append((sent.start + m.start(), sent.start + m.end(), "speak", "speech", m.group(0)))
        if not preds:
            return
        if "《" in sent.text or "“" in sent.text:  # a verb inside a quoted title is not the sentence's verb
            quoted = [(q.start() + sent.start, q.end() + sent.start) for q in _QUOTED_SPAN.finditer(sent.text)]
            preds = [p for p in preds if not any(s <= p[0] < e for s, e in quoted)]
            if not preds:
                return
        preds.sort()
        preds = [
            p
            for i, p in enumerate(preds)
            if not (i and p[2] == "speak" == preds[i - 1][2] and p[0] < preds[i - 1][1] + 1)
        ]
        also = _ALSO_PRESENT.search(sent.text) if "还有" in sent.text or "的有" in sent.text else None
        for pm in mentions if also is not None else ():  # 出席论坛的还有林某、周某等: those listed after it attended
            assert also is not None
            person = self.reg.find(pm.name, EntityType.PERSON)
            forum = self.events.forum_for(sent, sent.start + also.start())
            if pm.start >= sent.start + also.end() and person is not None and forum is not None:
                self.reg.relate(RelationType.PARTICIPATED_IN, person, forum, sent, role_text=also.group(1))
        chosen_at: dict[int, tuple[list[tuple[int, int, str, str | None, str]], Draft | None]] = {}
        hosts = "主持人" in sent.text
        for k, pm in enumerate(mentions):
            if not (sent.start <= pm.start < sent.end):
                continue
            if hosts and text.endswith("主持人", max(0, pm.start - 3), pm.start):  # 主持人林某介绍了…: the host
                person, forum = self.reg.find(pm.name, EntityType.PERSON), self.events.forum_for(sent, pm.start)
                if person is not None and forum is not None:
                    self.reg.relate(RelationType.PARTICIPATED_IN, person, forum, sent, role_text="主持人")
            first = -1  # the first predicate after the name (a loop: a generator costs a frame per mention)
            for i, p in enumerate(preds):
                if p[0] >= pm.end:
                    first = i
                    break
            if (
                first < 0
                or _CITED_SPEAKER.match(text, pm.end)
                or self._own_clause_before(text, pm, preds[first][0], mentions[k + 1 :])
                or _units_say(text, pm.end, preds[first][0])
                or _SIGNS.search(text, pm.end, preds[first][0])  # 林某与李某签订了协议；王某…分享: the next clause's
            ):
                continue
            # the names of a list share their predicates, and so the event: both worked out once
            known = chosen_at.get(first)
            if known is None:
                chosen = [preds[first]]
                j = first
                while j + 1 < len(preds) and _chained(text[preds[j][1] : preds[j + 1][0]], preds[j + 1][2]):
                    chosen.append(preds[j + 1])
                    j += 1
                known = chosen_at[first] = (chosen, self.events.forum_for(sent, chosen[0][0]))
            chosen, forum = known
            person = self.reg.find(pm.name, EntityType.PERSON)
            if person is None or forum is None:
                continue
            for _, _, kind, said_role, verb in chosen:
                if kind == "speak":
                    if said_role == "speech" and _remark_at(verb, forum):
                        said_role = "discussion"  # 座谈会 …林某、张某先后发言: remarks in an exchange
                    self.reg.relate(RelationType.SPOKE_AT, person, forum, sent, role=said_role)
                else:
                    self.reg.relate(RelationType.PARTICIPATED_IN, person, forum, sent, role_text=verb)

    def _took_part(self, mentions: list[Mention], verb_at: int, forum: Draft, sentence_start: int) -> bool:
        """The person named right before ``verb_at``, or opening its sentence with no one else named between
        (林某对X进行部署，并提出两点要求：…), is already related to ``forum`` (attended, hosted or spoke there)."""
        before = [pm for pm in mentions if sentence_start <= pm.start and pm.end <= verb_at]
        if before and verb_at - before[-1].end > 4 and before[-1].start != sentence_start:
            before = []
        person = self.reg.find(before[-1].name, EntityType.PERSON) if before else None
        if person is None:
            return False
        return any(r.head is person and r.tail is forum for r in self.reg.relations)

    def prizes(self, text: str, sent: Sentence, mentions: list[Mention]) -> None:
        """林某获思政组一等奖 / 张某获得冠军 in a contest: each person named before the prize in its clause
        took part in the contest, with the prize as the role."""
        body = sent.text
        if "获" not in body and "摘" not in body and "夺" not in body:
            return
        for m in _PRIZE.finditer(body):
            at = sent.start + m.start()
            clause = sent.start + max(body.rfind(c, 0, m.start()) for c in "，。；：,") + 1
            people = [pm for pm in mentions if clause <= pm.start and pm.end <= at]
            if not people and _NO_SUBJECT.fullmatch(text[clause:at]):
                people = _last_group([pm for pm in mentions if sent.start <= pm.start and pm.end <= clause], text)
            contest = self.events.contest_for(sent, at) if people else None
            if contest is None:
                continue
            won = m.group(0) if len(m.group(0)) <= 16 else m.group("prize")  # (not the contest's name again)
            self._persons_take_part(people, contest, sent, won)

    def judges(self, text: str, sent: Sentence, mentions: list[Mention]) -> None:
        """林某担任大赛评委, 林某、张某作学生评委, 评委由A、B等5名专家组成: the judges of the event took part in
        it, as judges."""
        body = sent.text
        judged: list[tuple[list[Mention], int]] = []
        for m in _JUDGES_BY.finditer(body):
            lo, hi = sent.start + m.start(1), sent.start + m.end(1)
            judged.append(([pm for pm in mentions if lo <= pm.start and pm.end <= hi], lo))
        for m in _JUDGES_AS.finditer(body):
            clause = sent.start + max(body.rfind(c, 0, m.start()) for c in "，。；：,") + 1
            at = sent.start + m.start()
            judged.append(([pm for pm in mentions if clause <= pm.start and pm.end <= at], at))
        for judges, at in judged:
            # (the contest the article reports, its main event, not a round named near them)
            event = (self.forums.main_of(sent.article) or self.events.forum_for(sent, at)) if judges else None
            self._persons_take_part(judges, event, sent, "评委")

    def _persons_take_part(self, people: list[Mention], event: Draft | None, sent: Sentence, role: str) -> None:
        """Each person named took part in the event (nothing when no event was found), with ``role``."""
        for pm in people if event is not None else ():
            person = self.reg.find(pm.name, EntityType.PERSON)
            if person is not None and event is not None:
                self.reg.relate(RelationType.PARTICIPATED_IN, person, event, sent, role_text=role)

    def _joins_event(self, text: str, verb_end: int, sent: Sentence, bare_ok: bool = True) -> bool:
        """参加/参与 take an event here: an event is named in the clause (参加了第三届论坛, 参与了本次讲座), or,
        when ``bare_ok`` (参加), nothing follows (林某出席并参加); not 参加工作19年, 参与研发新产品 or a bare
        积极参与 (of a campaign as much as an event)."""
        end = clause_end_at(text, verb_end, sent.end)
        rest = text[verb_end:end].lstrip("了过")
        if not rest or rest[0] in "并和及与、":
            return bare_ok
        return EVENT_WORD.search(rest) is not None or bool(self.forums.in_span(verb_end, end, sent.article))

    def _own_clause_before(self, text: str, pm: Mention, pred_start: int, later: list[Mention]) -> bool:
        """林某宣读表彰决定，王某作重要讲话: the person has a clause of their own, and after its comma another
        person opens the clause of the predicate, which is theirs (a list of speakers runs 林某，王某… or
        林某教授、王某… with nothing but a post-name title between a name and the mark; commas inside 《》
        and “” do not count); ``later`` are the names after ``pm`` in the sentence, in order."""
        semicolon = text.find("；", pm.end, pred_start)  # (…获X称号；代表王某发出倡议: a clause of its own too)
        post = self._post_name.match(text, pm.end)
        after = post.end() if post else pm.end
        if semicolon > after and _CHINESE_CHAR.search(_BRACKETED.sub("", text[after:semicolon])):
            return True  # 林某宣读了分工；相关单位负责人汇报了…: her clause ends at the semicolon
        if not later or later[0].start >= pred_start:  # no one else before the predicate
            return False
        if semicolon >= 0 and any(semicolon < o.start < pred_start for o in later):
            return True
        if text[after : after + 1] in _LIST_AFTER_NAME:
            return False
        comma = _comma_outside_quotes(text, after, pred_start)
        if comma < 0:
            return False
        for o in later:  # (a loop: a generator costs a frame per call)
            if o.start >= pred_start:
                return False
            if o.start > comma:
                return True
        return False


#: A bracketed note after a name (林某（东海公司）): no clause of the person's own.
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")
_CHINESE_CHAR = re.compile(r"[\u4e00-\u9fff]")
#: Verbs of signing: a name before one signs, and what the next clause says is not theirs.
_SIGNS = re.compile(r"签订|签署")
#: Gatherings where what is said is remarks in an exchange (SPOKE_AT discussion), and the verbs of remarks.
_EXCHANGE_HEADS = ("座谈会", "座谈", "见面会", "恳谈会", "交流会")
# fmt: off
_REMARK_VERBS = frozenset({
    "发言", "交流发言", "表示", "说", "谈", "指出", "坦言", "认为", "建议", "畅谈", "谈感想", "谈体会", "交流经验",
    "交流心得",
})
# fmt: on
#: At a press meeting (见面会) every answer is a remark in the exchange, presentations too.
_PRESS_HEADS = ("见面会", "恳谈会")
_PRESS_REMARKS = frozenset({"介绍", "分享"})


def _exchange(forum: Draft, heads: tuple[str, ...] = _EXCHANGE_HEADS) -> bool:
    """The gathering is an exchange of remarks (a 座谈会, a 见面会)."""
    return forum.name.endswith(heads) or any(a.endswith(heads) for a in forum.aliases)


def _remark_at(verb: str, forum: Draft) -> bool:
    """What ``verb`` says at ``forum`` is a remark in an exchange (SPOKE_AT discussion)."""
    if verb in _REMARK_VERBS:
        return _exchange(forum)
    return verb in _PRESS_REMARKS and _exchange(forum, _PRESS_HEADS)


#: Units as the subject right before a predicate (A、B等4家单位作了交流发言, X等单位代表分别发言).
_UNITS_SUBJECT = re.compile(
    r"(?:[\d一二三四五六七八九十]+[个家所])?(?:单位|部门|企业|学院|院校|高校)(?:代表|负责人|负责同志)?"
    r"(?:分别|先后|依次)?(?:就[^，。；：]{1,20}?)?(?:作了|作|做了|做|进行了|进行)[^，。；：]{0,6}?$"
)


def _units_say(text: str, name_end: int, pred_start: int) -> bool:
    """The predicate's own clause, after the person's, has units for its subject (林某主持会议，A、B等4家单位
    作了交流发言): what they say is theirs."""
    clause = max(text.rfind(c, name_end, pred_start) for c in "，；：")
    return clause >= 0 and _UNITS_SUBJECT.search(text, clause, pred_start) is not None


def _last_group(people: list[Mention], text: str) -> list[Mention]:
    """The last names of ``people`` that stand together as one list (A、B、C和D), the subject a later clause
    without one carries on (A、B组队参赛…，荣获二等奖)."""
    group = people[-1:]
    for pm in reversed(people[:-1]):
        if text[pm.end : group[0].start] not in ("、", "和", "与", "及", "，"):
            break
        group.insert(0, pm)
    return group


def _comma_outside_quotes(text: str, start: int, end: int) -> int:
    """The first ， between ``start`` and ``end`` that is not inside 《》 or “”, -1 if none."""
    comma = text.find("，", start, end)
    if comma < 0 or ("《" not in text[start:comma] and "“" not in text[start:comma]):
        return comma  # no quote opens before it: the common case, without a loop over characters
    depth = 0
    for i in range(start, end):
        ch = text[i]
        if ch in "《“":
            depth += 1
        elif ch in "》”":
            depth = max(0, depth - 1)
        elif ch == "，" and depth == 0:
            return i
    return -1
