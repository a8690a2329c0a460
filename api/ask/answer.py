"""Answering: link the names, run the kind's named query with parameters, keep the rows the cue words
ask for, fold them into facts with their evidence (:mod:`.facts`), and say the answer (:mod:`.wording`)."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from api.http.schemas import Entity
from graph.errors import AmbiguousNameError, EntityNotFoundError
from graph.lookup import EntityRef
from graph.schema import ENTITY_LABELS
from graph.settings import Settings, get_settings
from graph.store import GraphStore
from queries.catalogue import get_query

from .facts import Row, anchored_facts, evidence, keeps, link_of, path_facts
from .grammar import Intent, Parsed, guessed_labels, intent, parse
from .guard import check_question
from .kinds import KINDS
from .lexicon import lexicon
from .linking import IndexCache, Mention, Named, link, link_part
from .models import AskAnswer, AskFact
from .paths import shortest_paths, step_rows
from .wording import SAID, describe, item, said, verb

#: Paths longer than this are not looked for (shortest_paths takes 1 to 6).
MAX_HOPS = 4
PATH_CAP = 100
MAX_QUESTIONS = 5
#: Facts an answer carries at most (the first stated; ``facts_total`` counts them all, ``answers`` names all).
FACT_CAP = 200
NOTHING_KNOWN = "没有听懂这个问题，也没有认出图谱中的实体。可以这样问：谁在某论坛上作了主旨发言？某人获得过哪些荣誉？"


def _entity(ref: EntityRef) -> Entity:
    return Entity(type=ref.label, key=ref.key, name=ref.name, aliases=ref.aliases)  # type: ignore[arg-type]


def _empty(question: str, understood: bool, kind: str | None, answer: str, **extra: Any) -> AskAnswer:
    """An answer that answers nothing (unknown or shared name, not understood)."""
    entities = extra.pop("entities", [])
    return AskAnswer(
        question=question,
        understood=understood,
        kind=kind,
        answer=answer,
        answers=[],
        facts=[],
        entities=entities,
        cypher=None,
        params={},
        **extra,
    )


@dataclass(frozen=True)
class _Read:
    """What an intent's query read: its linked names, conditions, query and the rows they keep."""

    anchor: EntityRef
    other: EntityRef | None
    filters: dict[str, Any]
    params: dict[str, Any]
    cypher: str
    rows: list[dict[str, Any]]


class Asker:
    """Questions answered from one store; keeps the store's name index between questions."""

    def __init__(self, store: GraphStore, settings: Settings | None = None) -> None:
        self.store = store
        self.settings = settings or get_settings()
        self._names = IndexCache()

    def _run(self, name: str, params: Mapping[str, Any]) -> tuple[str, list[dict[str, Any]]]:
        query = get_query(name, self.store.name)
        rows = self.store.run(query.text, params, row_cap=self.settings.query_row_cap).records()
        return query.text, rows

    def _documents(self, rows: Sequence[Row]) -> dict[str, dict[str, Any]]:
        keys = sorted({row["doc"] for row in rows if row.get("doc")})
        if not keys:
            return {}
        return {row["key"]: row for row in self._run("documents_by_key", {"keys": keys})[1]}

    # -- questions --------------------------------------------------------------------------------

    def ask(self, question: str) -> AskAnswer:
        """The answer to ``question``; :class:`~api.ask.guard.QuestionError` when it cannot be asked."""
        parsed = parse(check_question(question), self._names.get(self.store))
        wanted = intent(parsed)
        if wanted is not None:
            return self.ask_intent(question, wanted)
        # A name touching unknown text (第三届 + 东海工匠论坛) is part of a name the graph does not hold: when
        # the question is understood with it, the longer name is unknown; otherwise it is not understood,
        # and questions about the names it holds are offered.
        within = replace(parsed, mentions=parsed.inner)
        if parsed.unknown and not parsed.has("BLOCK") and (intent(within) is not None or not parsed.inner):
            return self._unknown_name(question, parsed)
        return self._not_understood(question, within)

    def ask_intent(self, question: str, wanted: Intent) -> AskAnswer:
        try:
            if wanted.kind == "connection":
                return self._connection(question, wanted)
            return self._answer(question, wanted)
        except AmbiguousNameError as exc:
            candidates = [Entity(**c) for c in exc.candidates]  # type: ignore[arg-type]
            names = "、".join(f"{c.name}（{c.type}，key {c.key}）" for c in candidates)
            sentence = f"有{len(candidates)}个实体叫这个名字：{names}；请用其中一个的key再问。"
            return _empty(question, True, wanted.kind, sentence, candidates=candidates)
        except EntityNotFoundError as exc:
            return _empty(question, True, wanted.kind, str(exc), suggestions=exc.suggestions)

    def _unknown_name(self, question: str, parsed: Parsed) -> AskAnswer:
        """No name the graph holds: a short form one entity's name holds answers; else suggestions."""
        part = max(parsed.unknown, key=len)
        shorter = [u for u in parsed.unknown if u != part and part.endswith(u) and len(u) == len(part) - 1]
        labels = guessed_labels(parsed) or tuple(ENTITY_LABELS)
        heads = sorted((h for h in lexicon().heads if part.endswith(h) and len(part) > len(h)), key=len, reverse=True)
        parts = [part, *shorter, *(part[: -len(h)] for h in heads)]
        names = self._names.get(self.store)
        ref = link_part(self.store, names, parts, labels)
        if ref is not None:
            parsed.mentions = [*parsed.mentions, Mention(0, 0, part, [Named(ref.label, ref.key, ref.name)])]
            wanted = intent(parsed)
            if wanted is not None:
                return self.ask_intent(question, wanted)
        found = names.suggest(part, labels)
        hint = f"；您是不是要找：{'、'.join(found)}？" if found else "。"
        return _empty(
            question, bool(guessed_labels(parsed)), None, f"图谱中没有名为“{part}”的实体{hint}", suggestions=found
        )

    def _read(self, wanted: Intent) -> _Read:
        """Link the intent's names and run its kind's query; the rows its cue words keep."""
        assert wanted.anchor is not None
        spec = KINDS[wanted.kind]
        anchor = link(self.store, wanted.anchor, wanted.labels)
        filters = dict(wanted.filters)
        other: EntityRef | None = None
        if wanted.other is not None:
            other = link(self.store, wanted.other, wanted.other_labels)
            filters["other"] = other.key
        params: dict[str, Any] = {"key": anchor.key}
        if spec.takes_label:
            params["label"] = anchor.label
        cypher, rows = self._run(spec.query, params)
        if wanted.kind != "dates_of_forum":  # a forum's dates are one row, whatever the cue words
            rows = [r for r in rows if keeps(r, filters, other)]
        return _Read(anchor, other, filters, params, cypher, rows)

    def _answer(self, question: str, wanted: Intent) -> AskAnswer:
        spec = KINDS[wanted.kind]
        read = self._read(wanted)
        anchor, filters = read.anchor, read.filters
        if wanted.kind == "dates_of_forum":
            return self._dates(question, anchor, read.cypher, read.params, read.rows)
        facts, others = anchored_facts(anchor, read.rows, self._documents, FACT_CAP)
        answers = list(dict.fromkeys(others))
        items = list(dict.fromkeys(item(f, anchor, wanted.kind, filters) for f in facts[:SAID]))
        if len(answers) > len(items):
            items = [*items, *answers[len(items) :]]
        sentence = (spec.found if facts else spec.none).format(
            name=anchor.name, items=said(items), verb=verb(wanted.kind, filters)
        )
        return AskAnswer(
            question=question,
            understood=True,
            kind=wanted.kind,
            answer=sentence,
            answers=answers,
            facts=facts,
            facts_total=len(others),
            entities=[_entity(ref) for ref in (anchor, read.other) if ref is not None],
            filters=filters,
            cypher=read.cypher,
            params=read.params,
        )

    def _dates(
        self, question: str, forum: EntityRef, cypher: str, params: dict[str, Any], rows: list[dict[str, Any]]
    ) -> AskAnswer:
        """A forum's dates, the mentions stating them as evidence."""
        facts: list[AskFact] = []
        answers: list[str] = []
        if rows:
            start, end = rows[0].get("start_date"), rows[0].get("end_date")
            answers = [f"{start}至{end}" if end and end != start else str(start)]
            facts = [
                AskFact(
                    relation="MENTIONS",
                    source=None,
                    target=link_of(forum),
                    start_date=start,
                    end_date=end,
                    evidence=evidence(rows, self._documents(rows)),
                )
            ]
        spec = KINDS["dates_of_forum"]
        sentence = (spec.found if facts else spec.none).format(name=forum.name, items="、".join(answers), verb="")
        return AskAnswer(
            question=question,
            understood=True,
            kind="dates_of_forum",
            answer=sentence,
            answers=answers,
            facts=facts,
            facts_total=len(facts),
            entities=[_entity(forum)],
            cypher=cypher,
            params=params,
        )

    def _connection(self, question: str, wanted: Intent) -> AskAnswer:
        """All shortest paths between two entities (:mod:`.paths`); the answers are the entities between them.
        ``cypher`` is the engine's shortest-path query, which finds the same paths."""
        assert wanted.anchor is not None and wanted.other is not None
        start = link(self.store, wanted.anchor, sorted(wanted.anchor.labels))
        end = link(self.store, wanted.other, sorted(wanted.other.labels))
        if (start.label, start.key) == (end.label, end.key):
            return _empty(
                question, True, "connection", f"两个名字指的是同一个实体：{start.name}。", entities=[_entity(start)]
            )
        params: dict[str, Any] = {
            "source_label": start.label,
            "source_key": start.key,
            "target_label": end.label,
            "target_key": end.key,
            "max_hops": MAX_HOPS,
            "path_cap": PATH_CAP,
        }
        query = get_query("shortest_paths", self.store.name)
        if "entity_labels" in query.params:
            params["entity_labels"] = list(ENTITY_LABELS)
        found = shortest_paths(self.store, (start.label, start.key), (end.label, end.key), MAX_HOPS, PATH_CAP)
        if found is None:  # the search gave up on a hub: the engine's own search
            cypher, rows = self._run("shortest_paths", params)
        else:
            cypher, rows = query.text, step_rows(self.store, found)
        facts = path_facts(rows, self._documents)
        ends = {(start.label, start.key), (end.label, end.key)}
        between = [e for f in facts for e in (f.source, f.target) if e and (e.type, e.key) not in ends]
        answers = list(dict.fromkeys(e.name for e in between))
        spec = KINDS["connection"]
        items = "；".join(dict.fromkeys(describe(f) for f in facts))
        sentence = (spec.found if facts else spec.none).format(
            name=f"{start.name}与{end.name}", items=items, hops=MAX_HOPS, verb=""
        )
        return AskAnswer(
            question=question,
            understood=True,
            kind="connection",
            answer=sentence,
            answers=answers,
            facts=facts[:FACT_CAP],
            facts_total=len(facts),
            entities=[_entity(start), _entity(end)],
            cypher=cypher,
            params=params,
        )

    def _not_understood(self, question: str, parsed: Parsed) -> AskAnswer:
        """Up to MAX_QUESTIONS questions about the names it recognised that the graph answers."""
        offered: list[str] = []
        entities: list[Entity] = []
        for mention in parsed.mentions:
            first = mention.entities[0]
            entities.append(Entity(type=first.label, key=first.key, name=first.surface, aliases=[]))  # type: ignore[arg-type]
            for label in sorted(mention.labels):
                named = next(e for e in mention.entities if e.label == label)
                for kind_label, template in lexicon().suggestions:
                    offer = template.format(name=named.surface)
                    if kind_label == label and len(offered) < MAX_QUESTIONS and self._answerable(offer):
                        offered.append(offer)
        if offered:
            sentence = "没有听懂这个问题。可以这样问：" + " ".join(offered)
        elif parsed.mentions:
            sentence = "没有听懂这个问题，图谱中也没有关于这些实体的可答问题。"
        else:
            sentence = NOTHING_KNOWN
        return _empty(question, False, None, sentence, questions=offered, entities=entities)

    def _answerable(self, question: str) -> bool:
        """Whether ``question`` has answers: its rows are read, not folded into an answer."""
        wanted = intent(parse(question, self._names.get(self.store)))
        if wanted is None or wanted.kind == "connection":
            return wanted is not None and bool(self.ask_intent(question, wanted).answers)
        try:
            return bool(self._read(wanted).rows)
        except (AmbiguousNameError, EntityNotFoundError):
            return False


def ask(store: GraphStore, question: str, settings: Settings | None = None) -> AskAnswer:
    """One question answered from ``store`` (a new name index each call: use :class:`Asker` for many)."""
    return Asker(store, settings).ask(question)
