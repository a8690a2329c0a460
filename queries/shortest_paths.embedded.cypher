// All shortest paths (1 to 6 hops, capped by max_hops) between two entities over fact relationships only (MENTIONS, IN_DOCUMENT and REPORTED are skipped); one row per step of each path, with its edge's evidence.
// params: source_label, source_key, target_label, target_key, max_hops, path_cap
MATCH (a:Person:Organization:Honor:Forum:Alliance:Program:Place), (b:Person:Organization:Honor:Forum:Alliance:Program:Place)
WHERE a.key = $source_key AND label(a) = $source_label AND b.key = $target_key AND label(b) = $target_label
MATCH p = (a)-[:SPOKE_AT|PARTICIPATED_IN|HOLDS_HONOR|HOLDS_POSITION|ORGANIZED|UNDERTOOK|CO_ORGANIZED|SUPPORTED|PART_OF|HELD_AT|FOUNDED|MEMBER_OF|LAUNCHED|SUB_UNIT_OF* ALL SHORTEST 1..6]-(b)
WHERE length(p) <= $max_hops
WITH p LIMIT $path_cap
WITH properties(nodes(p), 'key') AS path, nodes(p) AS ns, rels(p) AS es
UNWIND range(1, size(es)) AS i
WITH path, i, ns[i] AS x, ns[i + 1] AS y, es[i] AS r
RETURN path, i AS step, label(x) AS from_label, x.key AS from_key, x.name AS from_name,
       label(y) AS to_label, y.key AS to_key, y.name AS to_name, label(r) AS relation, id(x) = r._SRC AS forward,
       r.role AS role, r.role_text AS role_text, r.titles AS titles, r.year AS year, r.edition AS edition,
       r.key AS fact_key, r.doc AS doc, r.article AS article, r.evidence AS evidence,
       r.evidence_start AS evidence_start, r.evidence_end AS evidence_end, r.extractor AS extractor
