// Every fact relationship of one entity, both directions, one row per edge with its evidence (the explorer's network and entity views).
// params: label, key, cap, entity_labels
MATCH (n:Person|Organization|Honor|Forum|Alliance|Program|Place)-[r]->(o:Person|Organization|Honor|Forum|Alliance|Program|Place)
WHERE n.key = $key AND $label IN labels(n)
RETURN type(r) AS relation, 'out' AS direction, [l IN labels(o) WHERE l IN $entity_labels][0] AS other_label,
       o.key AS other_key, o.name AS other_name, r.role AS role, r.role_text AS role_text, r.titles AS titles,
       r.year AS year, r.edition AS edition,
       r.key AS fact_key, r.doc AS doc, r.article AS article, r.evidence AS evidence,
       r.evidence_start AS evidence_start, r.evidence_end AS evidence_end, r.extractor AS extractor
LIMIT $cap
UNION ALL
MATCH (n:Person|Organization|Honor|Forum|Alliance|Program|Place)<-[r]-(o:Person|Organization|Honor|Forum|Alliance|Program|Place)
WHERE n.key = $key AND $label IN labels(n)
RETURN type(r) AS relation, 'in' AS direction, [l IN labels(o) WHERE l IN $entity_labels][0] AS other_label,
       o.key AS other_key, o.name AS other_name, r.role AS role, r.role_text AS role_text, r.titles AS titles,
       r.year AS year, r.edition AS edition,
       r.key AS fact_key, r.doc AS doc, r.article AS article, r.evidence AS evidence,
       r.evidence_start AS evidence_start, r.evidence_end AS evidence_end, r.extractor AS extractor
LIMIT $cap
