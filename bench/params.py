"""Parameters for the named queries, read from a loaded graph (never written down): the best-connected
entities of every label, both ends of one relationship of every type (so that a query about one kind of
fact has an entity that holds it), one fact and a document. Shared by the parity test and the load
benchmark."""

import json
from dataclasses import dataclass
from typing import Any

from graph.schema import ENTITY_LABELS, REL_ENDPOINTS
from graph.store import GraphStore
from queries.catalogue import NamedQuery, parse_header

SAMPLES_PER_LABEL = 2


@dataclass(frozen=True)
class GraphSamples:
    entities: list[dict[str, Any]]
    fact: dict[str, Any]
    documents: list[str]


def graph_samples(store: GraphStore, per_label: int = SAMPLES_PER_LABEL) -> GraphSamples:
    entities = []
    for label in ENTITY_LABELS:
        rows = store.run(
            f"MATCH (n:{label})-[r]-() RETURN n.key AS key, n.name AS name, count(r) AS degree "
            "ORDER BY degree DESC, key LIMIT $n", {"n": per_label}
        ).records()
        entities += [{"label": label, **row} for row in rows]
    seen = {(e["label"], e["key"]) for e in entities}
    for rel_type, endpoints in REL_ENDPOINTS.items():
        for head_label, tail_label in endpoints:
            if head_label not in ENTITY_LABELS or tail_label not in ENTITY_LABELS:
                continue
            rows = store.run(
                f"MATCH (a:{head_label})-[r:{rel_type}]->(b:{tail_label}) RETURN a.key AS hk, a.name AS hn, "
                "b.key AS tk, b.name AS tn ORDER BY hk, tk LIMIT 1"
            ).records()
            for row in rows:
                for label, key, name in ((head_label, row["hk"], row["hn"]), (tail_label, row["tk"], row["tn"])):
                    if (label, key) not in seen:
                        seen.add((label, key))
                        entities.append({"label": label, "key": key, "name": name, "degree": 0})
    facts = store.run(
        "MATCH (a:Person)-[r:HOLDS_POSITION]->(b:Organization) RETURN a.name AS head, b.name AS tail, "
        "a.key AS hk, b.key AS tk ORDER BY hk, tk LIMIT 1"
    ).records()
    documents = [row[0] for row in store.run("MATCH (d:Document) RETURN d.key AS k ORDER BY k LIMIT 3").rows]
    return GraphSamples(entities, facts[0] if facts else {"head": "", "tail": ""}, documents)


def declared_params(query: NamedQuery) -> set[str]:
    """Every parameter any engine's file of the query declares."""
    return {p for engine in query.engines for p in parse_header(query.for_engine(engine).text).params}


def param_sets(query: NamedQuery, samples: GraphSamples) -> list[dict[str, Any]]:
    """One parameter set per sample entity (and one naming a document), duplicates dropped."""
    wanted = declared_params(query)
    entities = samples.entities + [{"label": "Document", "key": k, "name": k} for k in samples.documents[:1]]
    sets = []
    for i, entity in enumerate(entities):
        other = entities[(i + len(entities) // 2) % len(entities)]
        values: dict[str, Any] = {
            "name": entity["name"], "key": entity["key"], "label": entity["label"], "labels": list(ENTITY_LABELS),
            "entity_labels": list(ENTITY_LABELS), "cap": 50, "offset": 0, "limit": 50, "q": entity["name"][:2],
            "grams": [entity["name"][j : j + 2] for j in range(max(1, len(entity["name"]) - 1))],
            "head": samples.fact["head"], "type": "HOLDS_POSITION", "tail": samples.fact["tail"],
            "keys": samples.documents, "source_label": entity["label"], "source_key": entity["key"],
            "target_label": other["label"], "target_key": other["key"], "max_hops": 4, "path_cap": 10,
            "near": [entity["key"], other["key"]],
        }
        if query.name.startswith("ask_"):  # the connection search: entity keys, not document keys
            values["keys"] = [entity["key"], other["key"]]
        missing = wanted - values.keys()
        if missing:
            raise KeyError(f"{query.name}: no sample value for {sorted(missing)}; add one in bench/params.py")
        sets.append({p: values[p] for p in wanted})
    unique = {json.dumps(s, sort_keys=True, ensure_ascii=False): s for s in sets}
    return list(unique.values())
