"""Every node and relationship of a store as comparable rows (for "equals a fresh load" tests)."""

from typing import Any

from graph.schema import NODE_PROPERTIES, REL_ENDPOINTS, REL_PROPERTIES
from graph.store import GraphStore

NO_CAP = 10**9


def _value(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def snapshot(store: GraphStore) -> dict[str, Any]:
    """Sorted node rows per label and relationship rows per (type, head label, tail label)."""
    nodes: dict[str, list[tuple[Any, ...]]] = {}
    for label, props in NODE_PROPERTIES.items():
        columns = ", ".join(f"n.{p} AS {p}" for p in props)
        rows = store.run(f"MATCH (n:{label}) RETURN {columns}", row_cap=NO_CAP, timeout_s=600).rows
        nodes[label] = sorted((tuple(_value(v) for v in row) for row in rows), key=repr)
    rels: dict[str, list[tuple[Any, ...]]] = {}
    for rtype, pairs in REL_ENDPOINTS.items():
        for head, tail in pairs:
            columns = ", ".join(f"r.{p} AS {p}" for p in REL_PROPERTIES)
            query = f"MATCH (a:{head})-[r:{rtype}]->(b:{tail}) RETURN a.key AS h, b.key AS t, {columns}"
            rows = store.run(query, row_cap=NO_CAP, timeout_s=600).rows
            if rows:
                rels[f"{rtype}:{head}->{tail}"] = sorted((tuple(_value(v) for v in row) for row in rows), key=repr)
    return {"nodes": {k: v for k, v in nodes.items() if v}, "relationships": rels}


def differences(left: dict[str, Any], right: dict[str, Any], limit: int = 5) -> list[str]:
    """A few human-readable differences between two snapshots (empty when equal)."""
    out: list[str] = []
    for part in ("nodes", "relationships"):
        for name in sorted(set(left[part]) | set(right[part])):
            a, b = set(left[part].get(name, [])), set(right[part].get(name, []))
            out += [f"{part} {name} only left: {row}" for row in sorted(a - b, key=repr)[:limit]]
            out += [f"{part} {name} only right: {row}" for row in sorted(b - a, key=repr)[:limit]]
    return out[: 4 * limit]
