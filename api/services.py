"""Answers to relationship questions: which named queries to run and how to shape their rows into facts.

The HTTP routers and the web page call :class:`GraphAnswers`; it knows nothing about HTTP. Every fact
carries its evidence: the graph holds one relationship per fact per source document, so the parallel
edges of one fact are folded into one :class:`Fact` with one evidence entry per source.
"""

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from api.http.schemas import (
    Connections,
    CypherResult,
    Entity,
    EntityLink,
    Evidence,
    Fact,
    FactPage,
    FactSection,
    Health,
    OrganizationProfile,
    Path,
    PathStep,
    PersonProfile,
    SearchPage,
    StepFact,
)
from graph.errors import InputError
from graph.lookup import EntityRef, resolve
from graph.schema import ENTITY_LABELS
from graph.settings import Settings
from graph.store import GraphStore
from queries.catalogue import get_query

#: Paths longer than this are not searched (the bound is written in queries/shortest_paths.*.cypher).
MAX_HOPS = 6
#: At most this many shortest paths are read before folding parallel edges.
PATH_CAP = 100

Row = Mapping[str, Any]


def _entity(ref: EntityRef) -> Entity:
    return Entity(type=ref.label, key=ref.key, name=ref.name, aliases=ref.aliases)  # type: ignore[arg-type]


def _end(row: Row, prefix: str) -> EntityLink:
    key = row[f"{prefix}_key"]
    return EntityLink(type=row[f"{prefix}_label"], key=key, name=row[f"{prefix}_name"] or key)


def _fact_props(row: Row) -> tuple[Any, ...]:
    titles = tuple(row["titles"]) if row.get("titles") else None
    return (row.get("role"), row.get("role_text"), titles, row.get("year"), row.get("edition"))



def evidence(rows: Sequence[Row], docs: Mapping[str, Mapping[str, Any]]) -> list[Evidence]:
    """One entry per source of the rows (a relationship's key, else its document and offset), in document
    order; ``docs`` gives each document's source, title and date (documents_by_key)."""
    seen: set[Any] = set()
    out: list[Evidence] = []
    for row in sorted(rows, key=lambda r: (r.get("doc") or "", r.get("evidence_start") or 0)):
        ident = row.get("fact_key") or (row.get("doc"), row.get("evidence_start"))
        if ident in seen:
            continue
        seen.add(ident)
        doc = docs.get(row.get("doc") or "", {})
        out.append(
            Evidence(
                sentence=row.get("evidence"),
                doc=row.get("doc") or "",
                article=row.get("article"),
                start=row.get("evidence_start"),
                end=row.get("evidence_end"),
                source=doc.get("source"),
                title=doc.get("title"),
                published=doc.get("published"),
                extractor=row.get("extractor"),
            )
        )
    return out

class GraphAnswers:
    """Relationship questions answered from one store; holds no state of its own besides the store."""

    def __init__(self, store: GraphStore, settings: Settings) -> None:
        self.store = store
        self.settings = settings

    # -- plumbing ---------------------------------------------------------------------------------

    def _rows(self, name: str, params: Mapping[str, Any]) -> list[dict[str, Any]]:
        query = get_query(name, self.store.name)
        return self.store.run(query.text, params, row_cap=self.settings.query_row_cap).records()

    def _documents(self, rows: Iterable[Row]) -> dict[str, dict[str, Any]]:
        keys = sorted({row["doc"] for row in rows if row.get("doc")})
        return {row["key"]: row for row in self._rows("documents_by_key", {"keys": keys})} if keys else {}

    def _facts(self, rows: Sequence[Row]) -> list[Fact]:
        """Fold parallel edges (one per source document) into one fact each; order by first evidence."""
        groups: dict[tuple[Any, ...], list[Row]] = {}
        for row in rows:
            ident = (row["relation"], row["direction"], row["other_label"], row["other_key"], *_fact_props(row))
            groups.setdefault(ident, []).append(row)
        docs = self._documents(rows)
        facts = []
        for (relation, direction, label, key, role, role_text, titles, year, edition), group in groups.items():
            facts.append(
                Fact(
                    relation=relation,
                    direction=direction,
                    entity=EntityLink(type=label, key=key, name=group[0]["other_name"] or key),
                    role=role,
                    role_text=role_text,
                    titles=list(titles) if titles else None,
                    year=year,
                    edition=edition,
                    evidence=evidence(group, docs),
                )
            )
        facts.sort(key=lambda f: (f.evidence[0].doc, f.evidence[0].start or 0, f.entity.name) if f.evidence else ("",))
        return facts

    def _page(self, ref: EntityRef, rows: Sequence[Row], limit: int, offset: int) -> FactPage:
        facts = self._facts(rows)
        return FactPage(
            entity=_entity(ref), total=len(facts), limit=limit, offset=offset, items=facts[offset : offset + limit]
        )

    @staticmethod
    def _section(facts: list[Fact], keep: Callable[[Fact], bool], limit: int, offset: int) -> FactSection:
        chosen = [f for f in facts if keep(f)]
        return FactSection(total=len(chosen), items=chosen[offset : offset + limit])

    def _resolve(self, name: str, label: str) -> EntityRef:
        return resolve(self.store, name, (label,))

    # -- questions --------------------------------------------------------------------------------

    def forum_speakers(self, name: str, limit: int, offset: int) -> FactPage:
        forum = self._resolve(name, "Forum")
        return self._page(forum, self._rows("speaker_facts_of_forum", {"key": forum.key}), limit, offset)

    def person_forums(self, name: str, limit: int, offset: int) -> FactPage:
        person = self._resolve(name, "Person")
        return self._page(person, self._rows("forum_facts_of_person", {"key": person.key}), limit, offset)

    def honor_holders(self, name: str, limit: int, offset: int) -> FactPage:
        honor = self._resolve(name, "Honor")
        return self._page(honor, self._rows("holder_facts_of_honor", {"key": honor.key}), limit, offset)

    def alliance_members(self, name: str, limit: int, offset: int) -> FactPage:
        alliance = self._resolve(name, "Alliance")
        return self._page(alliance, self._rows("member_facts_of_alliance", {"key": alliance.key}), limit, offset)

    def person_profile(self, name: str, limit: int, offset: int) -> PersonProfile:
        person = self._resolve(name, "Person")
        facts = self._facts(self._rows("profile_facts_of_person", {"key": person.key}))
        kind = lambda *labels: lambda f: f.entity.type in labels  # noqa: E731
        rel = lambda *types: lambda f: f.relation in types  # noqa: E731
        return PersonProfile(
            person=_entity(person),
            honors=self._section(facts, rel("HOLDS_HONOR"), limit, offset),
            positions=self._section(facts, rel("HOLDS_POSITION"), limit, offset),
            forums=self._section(facts, kind("Forum"), limit, offset),
            programs=self._section(facts, kind("Program"), limit, offset),
            memberships=self._section(facts, rel("MEMBER_OF"), limit, offset),
        )

    def organization(self, name: str, limit: int, offset: int) -> OrganizationProfile:
        org = self._resolve(name, "Organization")
        facts = self._facts(self._rows("facts_of_organization", {"key": org.key}))
        kind = lambda *labels: lambda f: f.entity.type in labels  # noqa: E731
        return OrganizationProfile(
            organization=_entity(org),
            people=self._section(facts, kind("Person"), limit, offset),
            forums=self._section(facts, kind("Forum", "Program"), limit, offset),
            alliances=self._section(facts, kind("Alliance"), limit, offset),
            organizations=self._section(facts, kind("Organization"), limit, offset),
            honors=self._section(facts, kind("Honor"), limit, offset),
        )

    def search(self, q: str, types: Sequence[str], limit: int, offset: int) -> SearchPage:
        """One page of the matches, ranked and paged by the store, so every match can be reached.

        A page holds at most ``limit`` items and at most CRAFTGRAPH_QUERY_ROW_CAP; ``next_offset`` is where
        the next page starts. The matches are counted only when the page does not tell how many there are.
        """
        labels = list(types) or list(ENTITY_LABELS)
        size = max(1, min(limit, self.settings.query_row_cap))
        rows = self._rows("search_entities", {"labels": labels, "q": q, "offset": offset, "limit": size})
        if 0 < len(rows) < size or (offset == 0 and not rows):
            total = offset + len(rows)
        else:
            total = self._rows("search_entities_count", {"labels": labels, "q": q})[0]["total"]
        items = [Entity(type=r["label"], key=r["key"], name=r["name"] or r["key"], aliases=r.get("aliases") or [])
                 for r in rows]
        after = offset + len(items)
        return SearchPage(q=q, types=labels, total=total, limit=limit, offset=offset,  # type: ignore[arg-type]
                          next_offset=after if items and after < total else None, items=items)

    def connections(self, source: str, target: str, max_hops: int) -> Connections:
        start, end = resolve(self.store, source), resolve(self.store, target)
        if (start.label, start.key) == (end.label, end.key):
            raise InputError(f"source and target are the same entity ({start.label} {start.key!r}); name two")
        rows = self._rows(
            "shortest_paths",
            {
                "source_label": start.label,
                "source_key": start.key,
                "target_label": end.label,
                "target_key": end.key,
                "max_hops": max_hops,
                "path_cap": PATH_CAP,
                "entity_labels": list(ENTITY_LABELS),
            },
        )
        return Connections(source=_entity(start), target=_entity(end), max_hops=max_hops, paths=self._paths(rows))

    def _paths(self, rows: Sequence[Row]) -> list[Path]:
        """Rows are steps of paths; paths through the same nodes (parallel edges) fold into one."""
        docs = self._documents(rows)
        by_path: dict[tuple[str, ...], dict[int, list[Row]]] = {}
        for row in rows:
            by_path.setdefault(tuple(row["path"]), {}).setdefault(int(row["step"]), []).append(row)
        paths = []
        for steps in by_path.values():
            path_steps: list[PathStep] = []
            for index in sorted(steps):
                step_rows = steps[index]
                first = step_rows[0]
                groups: dict[tuple[Any, ...], list[Row]] = {}
                for row in step_rows:
                    groups.setdefault((row["relation"], bool(row["forward"]), *_fact_props(row)), []).append(row)
                facts = [
                    StepFact(relation=relation, forward=forward, role=role, role_text=role_text,
                             titles=list(titles) if titles else None, year=year, edition=edition,
                             evidence=evidence(group, docs))
                    for (relation, forward, role, role_text, titles, year, edition), group in groups.items()
                ]
                path_steps.append(PathStep(from_=_end(first, "from"), to=_end(first, "to"), facts=facts))
            nodes = [path_steps[0].from_, *(s.to for s in path_steps)] if path_steps else []
            paths.append(Path(length=len(path_steps), nodes=nodes, steps=path_steps))
        paths.sort(key=lambda p: [n.name for n in p.nodes])
        return paths

    def cypher(self, query: str, params: Mapping[str, Any]) -> CypherResult:
        """A read-only query under the configured time limit and row cap (one extra row tells truncation)."""
        cap = self.settings.query_row_cap
        result = self.store.run(query, params, write=False, timeout_s=self.settings.query_timeout_s, row_cap=cap + 1)
        rows = [[_jsonable(v) for v in row] for row in result.rows[:cap]]
        return CypherResult(columns=result.columns, rows=rows, row_count=len(rows), truncated=len(result.rows) > cap)

    def health(self) -> Health:
        return Health(status="ok", store=self.store.name, version=_release())


@cache
def _release() -> str:
    """The installed version (reading package metadata scans the site directories: once per process)."""
    try:
        return version("craftgraph")
    except PackageNotFoundError:
        return "unknown"


def _jsonable(value: Any) -> Any:
    """Plain JSON values as they are; anything else (dates, driver objects) as its string form."""
    if value is None or isinstance(value, str | int | bool):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [_jsonable(v) for v in value]
    return str(value)
