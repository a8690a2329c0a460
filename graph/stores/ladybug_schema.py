"""The embedded store's tables, declared from :mod:`graph.schema`, and their Arrow layouts for ``COPY``.

Opening a store creates missing tables, adds properties and FROM/TO pairs that a newer schema declares,
and never drops anything.
"""

from typing import Any

import pyarrow as pa

from ..schema import NODE_PROPERTIES, REL_ENDPOINTS, REL_PROPERTIES, STRING, STRING_LIST

_ARROW_TYPES: dict[str, pa.DataType] = {STRING: pa.string(), STRING_LIST: pa.list_(pa.string())}


def arrow_type(column_type: str) -> pa.DataType:
    return _ARROW_TYPES.get(column_type, pa.int64())


def _columns(props: dict[str, str]) -> str:
    return ", ".join(f"{name} {kind}" for name, kind in props.items())


def create_statements() -> list[str]:
    statements = [
        f"CREATE NODE TABLE IF NOT EXISTS {label}({_columns(props)}, PRIMARY KEY (key))"
        for label, props in NODE_PROPERTIES.items()
    ]
    statements += [
        f"CREATE REL TABLE IF NOT EXISTS {rtype}("
        + ", ".join(f"FROM {head} TO {tail}" for head, tail in pairs)
        + f", {_columns(REL_PROPERTIES)})"
        for rtype, pairs in REL_ENDPOINTS.items()
    ]
    return statements


def migration_statements(conn: Any) -> list[str]:
    """``ALTER TABLE`` statements for properties and endpoint pairs the stored tables lack."""
    statements: list[str] = []
    tables: dict[str, dict[str, str]] = {**NODE_PROPERTIES, **dict.fromkeys(REL_ENDPOINTS, REL_PROPERTIES)}
    for table, props in tables.items():
        stored = {row[1] for row in conn.execute(f"CALL table_info('{table}') RETURN *").get_all()}
        statements += [f"ALTER TABLE {table} ADD {name} {kind}" for name, kind in props.items() if name not in stored]
    for rtype, pairs in REL_ENDPOINTS.items():
        stored_pairs = {(row[0], row[1]) for row in conn.execute(f"CALL show_connection('{rtype}') RETURN *").get_all()}
        statements += [f"ALTER TABLE {rtype} ADD FROM {h} TO {t}" for h, t in pairs if (h, t) not in stored_pairs]
    return statements


def node_arrow_schema(label: str) -> pa.Schema:
    return pa.schema([(name, arrow_type(kind)) for name, kind in NODE_PROPERTIES[label].items()])


def rel_arrow_schema() -> pa.Schema:
    return pa.schema(
        [("from", pa.string()), ("to", pa.string())] + [(n, arrow_type(k)) for n, k in REL_PROPERTIES.items()]
    )


def typed(expression: str, column_type: str) -> str:
    """An UNWIND row field cast to its column type (an all-null parameter column is otherwise STRING)."""
    return expression if column_type == STRING else f"CAST({expression} AS {column_type})"
