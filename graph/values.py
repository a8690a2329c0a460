"""Query values as plain JSON-able Python, in one shape whichever store answered.

A node is its properties plus ``_label``; a relationship its properties plus ``_type``, ``_start`` and
``_end`` (the end nodes' keys); a path ``{"nodes": [...], "relationships": [...]}``. Null properties are
left out (Neo4j cannot store them, so both stores show the same keys). Dates and times become ISO strings,
decimals floats, durations seconds, bytes hex.
"""

import base64
import datetime as dt
import uuid
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

LABEL, TYPE, START, END = "_label", "_type", "_start", "_end"


def plain(value: Any) -> Any:
    """A JSON-able copy of a scalar, list or map value."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [plain(v) for v in value]
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return value.total_seconds()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, bytes | bytearray):
        return base64.b16encode(bytes(value)).decode("ascii").lower()
    if hasattr(value, "iso_format"):  # neo4j.time types
        return value.iso_format()
    return str(value)


def _properties(props: Mapping[str, Any]) -> dict[str, Any]:
    return {k: plain(v) for k, v in props.items() if v is not None}


def node_value(label: str | None, props: Mapping[str, Any]) -> dict[str, Any]:
    return {**_properties(props), LABEL: label}


def relationship_value(
    rel_type: str, start_key: str | None, end_key: str | None, props: Mapping[str, Any]
) -> dict[str, Any]:
    return {**_properties(props), TYPE: rel_type, START: start_key, END: end_key}


def path_value(nodes: Iterable[dict[str, Any]], relationships: Iterable[dict[str, Any]]) -> dict[str, Any]:
    return {"nodes": list(nodes), "relationships": list(relationships)}
