"""Names close to a name the graph does not hold, found in memory: the five :func:`graph.lookup.suggest`
finds with a query over every entity (``entity_suggestions``) and ranks with difflib, without the query
and without comparing the name with every candidate (on the benchmark graph that cost ~60 ms a question).

- Candidates: the entities of the asked labels one of whose names or aliases holds one of the name's
  pieces (``graph.lookup``'s two-character fragments), the first ``CANDIDATE_CAP`` by key, as the query
  orders and limits them.
- Ranking: the names and aliases of the candidates holding the whole name first, then the others at
  least ``SIMILAR`` alike, each group by difflib's ratio and then the name. The ratio counts characters
  matched in order, so it is at most the ratio of the characters shared at all (counted with repeats):
  names are compared in order of that bound, and the comparing stops once no bound can reach the fifth.
"""

import difflib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from graph.keys import normalise_name
from graph.lookup import CANDIDATE_CAP, SUGGESTION_COUNT
from graph.lookup import _fragments as fragments  # the pieces suggest() queries with

from .grams import GramIndex

#: Names not holding the asked name are suggested from this difflib ratio on (as graph.lookup does).
SIMILAR = 0.5


@dataclass(frozen=True)
class Entity:
    """An entity as ``entity_suggestions`` returns it: ``shown`` is its name, or its key when it has none."""

    label: str
    key: str
    shown: str
    aliases: tuple[str, ...]


class Suggester:
    """Close names among ``entities``' names and aliases, built once per name index."""

    def __init__(self, entities: Sequence[Entity], names: Sequence[str | None]) -> None:
        """``names[i]`` is ``entities[i]``'s stored name (None when it has none)."""
        self.entities = entities
        texts: list[str] = []
        self._owner: list[int] = []
        for i, (entity, name) in enumerate(zip(entities, names, strict=True)):
            for text in (name, *entity.aliases) if name else entity.aliases:
                texts.append(text)
                self._owner.append(i)
        self._grams = GramIndex(texts)

    def suggest(self, name: str, labels: Sequence[str]) -> list[str]:
        """What :func:`graph.lookup.suggest` answers for ``name`` among ``labels``."""
        wanted = normalise_name(name)
        pieces = fragments(wanted)
        if not pieces:
            return []
        owners = {self._owner[i] for piece in pieces for i in self._grams.having(piece)}
        found = sorted((self.entities[i] for i in owners if self.entities[i].label in labels), key=_by_key)
        surfaces = {s for e in found[:CANDIDATE_CAP] for s in (e.shown, *e.aliases)}
        holding = [s for s in surfaces if wanted in s]
        best = _closest(wanted, holding, SUGGESTION_COUNT, 0.0)
        others = [s for s in surfaces if wanted not in s]
        return best + _closest(wanted, others, SUGGESTION_COUNT - len(best), SIMILAR)


def _by_key(entity: Entity) -> tuple[str, str]:
    return entity.key, entity.label


def _closest(wanted: str, texts: Sequence[str], count: int, floor: float) -> list[str]:
    """The first ``count`` of ``texts`` by (-ratio, text) whose ratio is at least ``floor``."""
    if count <= 0 or not texts:
        return []
    chars = Counter(wanted)

    def bound(text: str) -> float:
        shared = sum(min(n, text.count(c)) for c, n in chars.items())
        return 2.0 * shared / (len(wanted) + len(text))

    kept: list[tuple[float, str]] = []  # (-ratio, text), sorted
    for upper, text in sorted(((bound(t), t) for t in texts), key=lambda p: (-p[0], p[1])):
        if upper < floor or (len(kept) == count and upper < -kept[-1][0]):
            break
        ratio = difflib.SequenceMatcher(None, wanted, text).ratio()
        if ratio >= floor:
            kept = sorted([*kept, (-ratio, text)])[:count]
    return [text for _, text in kept]
