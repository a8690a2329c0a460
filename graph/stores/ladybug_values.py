"""LadybugDB result values in the store-neutral shapes of :mod:`graph.values`.

Ladybug returns a node as a dict with ``_ID`` and ``_LABEL``, a relationship with ``_SRC``/``_DST``
internal ids, and a variable-length relationship (path) with ``_NODES``/``_RELS``. Internal ids never
leave this module: a relationship's ends become the end nodes' keys, looked up in the same transaction
when the result does not hold those nodes itself.
"""

from collections import defaultdict
from typing import Any

from ..values import node_value, path_value, plain, relationship_value

_ID, _LABEL, _SRC, _DST, _NODES, _RELS = "_ID", "_LABEL", "_SRC", "_DST", "_NODES", "_RELS"
_INTERNAL = frozenset({_ID, _LABEL, _SRC, _DST})

InternalId = tuple[int, int]  # (table id, offset)


_SCALARS = frozenset({str, int, float, bool, type(None)})


def already_plain(rows: list[list[Any]]) -> bool:
    """Whether every value is a scalar or a list of scalars, which :meth:`ValueConverter.convert` would
    leave as it is (most named queries return only such columns, so their rows need no conversion)."""
    for row in rows:
        for value in row:
            kind = type(value)
            if kind not in _SCALARS and not (kind is list and all(type(item) in _SCALARS for item in value)):
                return False
    return True


def _internal_id(raw: Any) -> InternalId | None:
    if isinstance(raw, dict) and "table" in raw and "offset" in raw:
        return int(raw["table"]), int(raw["offset"])
    return None


def _is_node(value: dict[str, Any]) -> bool:
    return _ID in value and _LABEL in value and _SRC not in value


def _is_rel(value: dict[str, Any]) -> bool:
    return _SRC in value and _DST in value and _LABEL in value


def _is_path(value: dict[str, Any]) -> bool:
    return _NODES in value and _RELS in value


class ValueConverter:
    """Collects the node keys a result needs, then converts its rows."""

    def __init__(self, node_tables: dict[int, str]) -> None:
        self.node_tables = node_tables
        self.keys: dict[InternalId, Any] = {}
        self.wanted: set[InternalId] = set()

    def scan(self, value: Any) -> None:
        if isinstance(value, list):
            for item in value:
                self.scan(item)
        elif isinstance(value, dict):
            if _is_node(value):
                ident = _internal_id(value[_ID])
                if ident is not None:
                    self.keys[ident] = value.get("key")
            elif _is_rel(value):
                for end in (_SRC, _DST):
                    ident = _internal_id(value[end])
                    if ident is not None:
                        self.wanted.add(ident)
            else:
                for item in value.values():
                    self.scan(item)

    def missing(self) -> dict[str, list[int]]:
        """Offsets per node label whose keys must be looked up."""
        out: dict[str, list[int]] = defaultdict(list)
        for table, offset in sorted(self.wanted - self.keys.keys()):
            label = self.node_tables.get(table)
            if label is not None:
                out[label].append(offset)
        return out

    def learn(self, label: str, offsets_and_keys: list[list[Any]]) -> None:
        tables = [t for t, name in self.node_tables.items() if name == label]
        for offset, key in offsets_and_keys:
            for table in tables:
                self.keys[(table, int(offset))] = key

    def convert(self, value: Any) -> Any:
        if isinstance(value, list):
            return [self.convert(v) for v in value]
        if isinstance(value, dict):
            if _is_node(value):
                return node_value(value[_LABEL], {k: v for k, v in value.items() if k not in _INTERNAL})
            if _is_rel(value):
                return relationship_value(
                    value[_LABEL],
                    self._key(value[_SRC]),
                    self._key(value[_DST]),
                    {k: v for k, v in value.items() if k not in _INTERNAL},
                )
            if _is_path(value):
                nodes = [self.convert(n) for n in value[_NODES]]
                rels = [self.convert(r) for r in value[_RELS]]
                # A named path holds every node; a variable-length relationship variable only the inner ones.
                return path_value(nodes, rels) if len(nodes) == len(rels) + 1 else rels
            return {str(k): self.convert(v) for k, v in value.items()}
        return plain(value)

    def _key(self, raw: Any) -> Any:
        ident = _internal_id(raw)
        return self.keys.get(ident) if ident is not None else None
