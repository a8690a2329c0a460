"""Entity linking: which of the graph's names and aliases a question holds, and which entity each is.

The names come from the store once (the named query ``ask_entity_names``) and are kept
while the store is unchanged (its write count; a Neo4j server others may write to is asked for its
revision at most every ``RECHECK_S``). Finding a name in a question is a dictionary walk; deciding which
entity it is goes through :mod:`graph.lookup`, whose errors carry suggestions and candidates.
"""

import re
import threading
import time
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from graph.errors import AmbiguousNameError
from graph.keys import normalise_name
from graph.lookup import EntityRef, find_by_key, find_entities, resolve
from graph.schema import ENTITY_LABELS
from graph.store import GraphStore
from queries.catalogue import get_query

from .grams import GramIndex
from .lexicon import lexicon
from .suggesting import Entity, Suggester

RECHECK_S = 1.0
#: Names shorter than this are not looked for in a question (京, 校 …).
MIN_NAME = 2
#: Entities read into the index at most (a larger graph is read up to here).
INDEX_CAP = 2_000_000
#: A part of a name (资本论论坛) links only when it is at least this long and one entity holds it.
MIN_PART = 3
#: An abbreviation (characters of a name, in order) links from this length on.
MIN_ABBREVIATION = 5

_DROP = re.compile(r"[《》〈〉<>]")
_DOTS = str.maketrans({"·": "•", "・": "•", "‧": "•"})


def fold(text: str) -> str:
    """The form names and questions are compared in: normalise_name, no book-title marks, one kind of
    middle dot, lower case."""
    return _DROP.sub("", normalise_name(unicodedata.normalize("NFKC", text)).translate(_DOTS)).casefold()


@dataclass(frozen=True)
class Named:
    """One entity a folded surface names, with the surface as stored."""

    label: str
    key: str
    surface: str


@dataclass
class NameIndex:
    """Folded name or alias -> the entities it names; ``longest`` bounds the walk. The lookups by part of a
    name (:meth:`containing`, :meth:`abbreviated`, :meth:`suggest`) build their gram indexes on first use."""

    names: dict[str, list[Named]] = field(default_factory=dict)
    longest: int = 0
    #: The entities as read, for suggestions, with their stored names.
    entities: list[Entity] = field(default_factory=list)
    stored_names: list[str | None] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _folded: GramIndex | None = field(default=None, repr=False)
    _suggester: Suggester | None = field(default=None, repr=False)

    @classmethod
    def read(cls, store: GraphStore) -> "NameIndex":
        query = get_query("ask_entity_names", store.name)
        rows = store.run(query.text, {"labels": list(ENTITY_LABELS)}, row_cap=INDEX_CAP).records()
        stop = {fold(n) for n in lexicon().stop_names}
        index = cls()
        for row in rows:
            label, key, name, aliases = str(row["label"]), str(row["key"]), row["name"], row.get("aliases") or []
            index.entities.append(Entity(label, key, str(name or key), tuple(aliases)))
            index.stored_names.append(name)
            for surface in {str(name or key), key, *aliases}:
                folded = fold(surface)
                if len(folded) < MIN_NAME or folded in stop or folded.isdigit():
                    continue
                named = Named(label, key, surface)
                entries = index.names.setdefault(folded, [])
                if all((e.label, e.key) != (named.label, named.key) for e in entries):
                    entries.append(named)
                index.longest = max(index.longest, len(folded))
        return index

    @property
    def folded(self) -> GramIndex:
        """The folded names and aliases by their characters and pairs (ids: positions in ``names``)."""
        with self._lock:
            if self._folded is None:
                self._folded = GramIndex(list(self.names))
            return self._folded

    def suggest(self, text: str, labels: Sequence[str]) -> list[str]:
        """Names close to ``text``, as :func:`graph.lookup.suggest` finds them (:mod:`.suggesting`)."""
        with self._lock:
            if self._suggester is None:
                self._suggester = Suggester(self.entities, self.stored_names)
            suggester = self._suggester
        return suggester.suggest(text, labels)

    def _entities(self, ids: Sequence[int], labels: Sequence[str], keep: Callable[[str], bool]) -> list[Named]:
        folded = self.folded.texts
        found: dict[tuple[str, str], Named] = {}
        for i in ids:
            if keep(folded[i]):
                for e in self.names[folded[i]]:
                    if e.label in labels:
                        found.setdefault((e.label, e.key), e)
        return list(found.values())

    def abbreviated(self, part: str, labels: Sequence[str]) -> list[Named]:
        """The entities of ``labels`` a name of which holds ``part``'s characters in order, at most twice as long."""
        first, last = self.folded.having(part[0]), set(self.folded.having(part[-1]))
        limit = 2 * len(part)
        both = [i for i in first if i in last]
        return self._entities(both, labels, lambda name: len(name) <= limit and _in_order(part, name))

    def containing(self, part: str, labels: Sequence[str]) -> list[Named]:
        """The entities of ``labels`` one of whose names holds ``part``, one entry per entity."""
        return self._entities(self.folded.holding(part), labels, lambda name: True)


def _in_order(part: str, name: str) -> bool:
    chars = iter(name)
    return all(c in chars for c in part)


class IndexCache:
    """One name index per store, rebuilt when the store may have changed."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._index: NameIndex | None = None
        self._stamp: tuple[object, ...] = ()
        self._checked = 0.0

    def _current_stamp(self, store: GraphStore) -> tuple[object, ...]:
        if store.sole_writer:
            return (id(store), store.generation)
        now = time.monotonic()
        if (
            self._index is not None
            and now - self._checked < RECHECK_S
            and self._stamp[:2] == (id(store), store.generation)
        ):
            return self._stamp
        self._checked = now
        return (id(store), store.generation, store.revision())

    def get(self, store: GraphStore) -> NameIndex:
        with self._lock:
            stamp = self._current_stamp(store)
            if self._index is None or stamp != self._stamp:
                self._index = NameIndex.read(store)
                self._stamp = stamp
            return self._index


@dataclass
class Mention:
    """A name found in a question: where (in the folded question), and which entities it may be."""

    start: int
    end: int
    text: str
    entities: list[Named]

    @property
    def labels(self) -> set[str]:
        return {e.label for e in self.entities}


def find_mentions(question: str, index: NameIndex) -> list[Mention]:
    """Non-overlapping names in the folded question, longer names first."""
    found = []
    n = len(question)
    for i in range(n):
        for j in range(min(n, i + index.longest), i + MIN_NAME - 1, -1):
            entries = index.names.get(question[i:j])
            if entries:
                found.append(Mention(i, j, question[i:j], entries))
                break
    found.sort(key=lambda m: (-(m.end - m.start), m.start))
    chosen: list[Mention] = []
    for m in found:
        if all(m.end <= c.start or m.start >= c.end for c in chosen):
            chosen.append(m)
    return sorted(chosen, key=lambda m: m.start)


def link(store: GraphStore, mention: Mention, labels: Sequence[str]) -> EntityRef:
    """The entity ``mention`` names among ``labels``: by key when one entity has the name; when several
    share it, :class:`AmbiguousNameError` with them as candidates (a question is not answered about one
    of them picked by a rule: ask again with a candidate's key); else :func:`graph.lookup.resolve`."""
    entries = [e for e in mention.entities if e.label in labels]
    if len(entries) == 1:
        ref = find_by_key(store, entries[0].key, entries[0].label)
        if ref is not None:
            return ref
    surface = entries[0].surface if entries else mention.text
    if len(entries) > 1:
        found = find_entities(store, surface, tuple(labels))
        if len(found) > 1:
            raise AmbiguousNameError(
                f"{len(found)} entities answer to {surface!r}; ask again with one candidate's key instead of the name",
                [ref.as_dict() for ref in found],
            )
    return resolve(store, surface, tuple(labels))


def link_part(store: GraphStore, index: NameIndex, parts: Sequence[str], labels: Sequence[str]) -> EntityRef | None:
    """The one entity of ``labels`` one of whose names holds a part (a short form: 资本论论坛), trying the parts
    in order, then the one entity whose name holds the first part's characters in order and is at most
    twice as long (海洋命运共同体论坛 for 2024年东海海洋发展论坛); None unless exactly one."""
    for part in parts:
        if len(part) >= MIN_PART:
            found = index.containing(part, labels)
            if len(found) == 1:
                return find_by_key(store, found[0].key, found[0].label)
            if len(found) > 1:
                return None
    if not parts or len(parts[0]) < MIN_ABBREVIATION:
        return None
    found = index.abbreviated(parts[0], labels)
    return find_by_key(store, found[0].key, found[0].label) if len(found) == 1 else None
