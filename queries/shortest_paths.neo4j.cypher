// All shortest paths (1 to 6 hops, capped by max_hops) between two entities over fact relationships only (MENTIONS, IN_DOCUMENT and REPORTED are skipped); one row per step of each path, with its edge's evidence.
// params: source_label, source_key, target_label, target_key, max_hops, path_cap, entity_labels
MATCH (a:Person|Organization|Honor|Forum|Alliance|Program|Place), (b:Person|Organization|Honor|Forum|Alliance|Program|Place)
WHERE a.key = $source_key AND $source_label IN labels(a) AND b.key = $target_key AND $target_label IN labels(b)
MATCH p = allShortestPaths((a)-[:SPOKE_AT|PARTICIPATED_IN|HOLDS_HONOR|HOLDS_POSITION|ORGANIZED|UNDERTOOK|CO_ORGANIZED|SUPPORTED|PART_OF|HELD_AT|FOUNDED|MEMBER_OF|LAUNCHED|SUB_UNIT_OF*..6]-(b))
WITH p WHERE length(p) <= $max_hops
WITH p LIMIT $path_cap
WITH [n IN nodes(p) | n.key] AS path, nodes(p) AS ns, relationships(p) AS es
UNWIND range(0, size(es) - 1) AS i
WITH path, i, ns[i] AS x, ns[i + 1] AS y, es[i] AS r
RETURN path, i + 1 AS step, [l IN labels(x) WHERE l IN $entity_labels][0] AS from_label, x.key AS from_key,
       x.name AS from_name, [l IN labels(y) WHERE l IN $entity_labels][0] AS to_label, y.key AS to_key,
       y.name AS to_name, type(r) AS relation, startNode(r) = x AS forward,
       r.role AS role, r.role_text AS role_text, r.titles AS titles, r.year AS year, r.edition AS edition,
       r.key AS fact_key, r.doc AS doc, r.article AS article, r.evidence AS evidence,
       r.evidence_start AS evidence_start, r.evidence_end AS evidence_end, r.extractor AS extractor
