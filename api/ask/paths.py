"""Connections: every shortest path between two entities, found by a breadth-first search from both ends.

The engine's own shortest-path match (``shortest_paths``) expands every path from one end, and a hub on
the way (an honour two thousand people hold) makes that slow: on the 5,000-document benchmark graph it
took ~100 ms for two people four hops apart. Here each hop is one indexed neighbourhood query
(``ask_neighbours``) of the smaller frontier, and the two searches stop where they meet: a path of four
hops reads the neighbours of the two ends and of their neighbours, never the whole neighbourhood of a
hub's people. The relationships along the paths found are then read with their evidence in one query
(``ask_path_steps``) and returned as the rows ``shortest_paths`` returns, so the answer is folded the
same way.

Paths are taken in a fixed order (meeting entity, then the entities from each end, by label and key),
at most ``path_cap`` of them; every relationship joining two consecutive entities of a kept path is a
step (the engine's query counts each parallel relationship as another path). A search whose frontier
grows past ``FRONTIER_CAP`` entities, or that reads more than ``NEIGHBOUR_BUDGET`` neighbours, gives up
(None): the caller asks the engine instead, which is no slower there.
"""

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import islice, pairwise
from typing import Any

from graph.schema import ENTITY_LABELS
from graph.store import GraphStore
from queries.catalogue import get_query

#: An entity: (label, key).
Node = tuple[str, str]
Path = tuple[Node, ...]

#: The neighbourhood query matches keys by list membership, which costs the number of entities times the
#: frontier's size (on the benchmark graph ~0.07 ms an entity of the frontier): a hop of this many costs
#: about what the engine's own search does, and a larger frontier is left to it.
FRONTIER_CAP = 400
#: Neighbours read at most over one search (a hub's neighbours count each).
NEIGHBOUR_BUDGET = 60_000
#: Relationships the step query reads at most (those of a hundred paths, parallel ones included).
STEP_ROW_CAP = 100_000


@dataclass
class _Side:
    """One end's search: each entity reached, its distance and its neighbours one hop nearer the end."""

    root: Node
    depth: int = 0
    distance: dict[Node, int] = field(default_factory=dict)
    parents: dict[Node, list[Node]] = field(default_factory=dict)
    frontier: list[Node] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.distance[self.root] = 0
        self.frontier = [self.root]

    def chains(self, node: Node) -> Iterator[Path]:
        """Every shortest chain from the root to ``node``, in label and key order."""
        if node == self.root:
            yield (node,)
            return
        for parent in sorted(self.parents[node]):
            for chain in self.chains(parent):
                yield (*chain, node)


class _Search:
    """The neighbourhood reads of one search, each entity's neighbours read once."""

    def __init__(self, store: GraphStore) -> None:
        self.store = store
        self.query = get_query("ask_neighbours", store.name)
        self.known: dict[Node, list[Node]] = {}
        self.read = 0

    def read_neighbours(self, nodes: Sequence[Node]) -> bool:
        """Read the fact neighbours of those of ``nodes`` not read yet; False past the budget."""
        wanted = {n for n in nodes if n not in self.known}
        if not wanted:
            return True
        params: dict[str, Any] = {"keys": sorted({key for _, key in wanted})}
        if "entity_labels" in self.query.params:
            params["entity_labels"] = list(ENTITY_LABELS)
        self.known.update({node: [] for node in wanted})  # an entity without facts has no row
        for label, key, labels, keys in self.store.run(
            self.query.text, params, row_cap=len(params["keys"]) * len(ENTITY_LABELS)
        ).rows:
            if (label, key) in wanted:  # not another label's entity with the same key
                self.read += len(keys)
                self.known[(label, key)] = list(zip(labels, keys, strict=True))
        return self.read <= NEIGHBOUR_BUDGET

    def expand(self, side: _Side) -> bool:
        """One more hop of ``side``; False when the search gave up."""
        if len(side.frontier) > FRONTIER_CAP or not self.read_neighbours(side.frontier):
            return False
        depth = side.depth + 1
        reached: list[Node] = []
        for node in side.frontier:
            for other in self.known[node]:
                seen = side.distance.get(other)
                if seen is None:
                    side.distance[other] = depth
                    side.parents[other] = [node]
                    reached.append(other)
                elif seen == depth and node not in side.parents[other]:
                    side.parents[other].append(node)
        side.frontier, side.depth = reached, depth
        return True


def shortest_paths(store: GraphStore, start: Node, end: Node, max_hops: int, path_cap: int) -> list[Path] | None:
    """Up to ``path_cap`` shortest paths of at most ``max_hops`` hops from ``start`` to ``end`` (none: no
    path that short), or None when the search gave up (see the module docstring).

    Each hop expands the side with the smaller frontier. Once the two sides have been expanded ``a`` and
    ``b`` times, no path is shorter than ``a + b`` unless they met before, so the first entities both
    sides reach lie on the shortest paths, each at distance ``a`` from the start and ``b`` from the end.
    Both ends' neighbours are read in one query: a path of more than one hop needs both.
    """
    search = _Search(store)
    ends = (_Side(start), _Side(end))
    if not search.read_neighbours([start, end]):
        return None
    for _ in range(max_hops):
        side, other = sorted(ends, key=lambda s: len(s.frontier))
        if not side.frontier:
            return []
        if not search.expand(side):
            return None
        meeting = sorted(n for n in side.frontier if n in other.distance)
        if meeting:
            return list(islice(_joined(*ends, meeting), path_cap))
    return []


def _joined(start: _Side, end: _Side, meeting: Sequence[Node]) -> Iterator[Path]:
    for node in meeting:
        for head in start.chains(node):
            for tail in end.chains(node):
                yield (*head, *reversed(tail[:-1]))


def step_rows(store: GraphStore, paths: Sequence[Path]) -> list[dict[str, Any]]:
    """The relationships along ``paths``, one row per step and relationship, in the shape of the rows of
    ``shortest_paths`` (``from_*`` is the entity nearer the start; ``forward`` whether it is the head). A
    step several paths share is listed with the first: its facts are the same."""
    if not paths:
        return []
    query = get_query("ask_path_steps", store.name)
    # Every step joins an entity at an odd position to one at an even position, so the relationships of
    # either class are all the query needs to read: the smaller class (on a path of four hops, the ends'
    # neighbours, not the entities where the searches met).
    odd, even = ({key for path in paths for _, key in path[first::2]} for first in (1, 0))
    params: dict[str, Any] = {
        "near": sorted(min(odd, even, key=len)),
        "keys": sorted(odd | even),
    }
    if "entity_labels" in query.params:
        params["entity_labels"] = list(ENTITY_LABELS)
    pairs = {frozenset(pair) for path in paths for pair in pairwise(path)}
    joining: dict[frozenset[Node], list[dict[str, Any]]] = {}
    for row in store.run(query.text, params, row_cap=STEP_ROW_CAP).records():
        pair = frozenset({(row["head_label"], row["head_key"]), (row["tail_label"], row["tail_key"])})
        if pair in pairs:
            joining.setdefault(pair, []).append(row)
    for edges in joining.values():
        edges.sort(key=lambda r: (r["relation"], r["fact_key"] or "", r["doc"] or "", r["evidence_start"] or 0))
    rows = []
    taken: set[frozenset[Node]] = set()  # a step shared by several paths is one fact: its rows once
    for path in paths:
        keys = [key for _, key in path]
        for i, (here, there) in enumerate(pairwise(path), start=1):
            pair = frozenset({here, there})
            if pair not in taken:
                taken.add(pair)
                rows += [_step(edge, here, keys, i) for edge in joining.get(pair, ())]
    return rows


def _step(edge: Mapping[str, Any], here: Node, keys: list[str], i: int) -> dict[str, Any]:
    forward = (edge["head_label"], edge["head_key"]) == here
    near, far = ("head", "tail") if forward else ("tail", "head")
    row = {k: v for k, v in edge.items() if not k.startswith(("head_", "tail_"))}
    for end, side in (("from", near), ("to", far)):
        for part in ("label", "key", "name"):
            row[f"{end}_{part}"] = edge[f"{side}_{part}"]
    return {**row, "path": keys, "step": i, "forward": forward}
