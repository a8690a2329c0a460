// Ask: the organisations a person (by key) holds a position in, with the titles as written; one row per HOLDS_POSITION edge, with evidence.
// params: key
MATCH (n:Person)-[r:HOLDS_POSITION]->(o:Organization)
WHERE n.key = $key
RETURN 'HOLDS_POSITION' AS relation, 'out' AS direction, 'Organization' AS other_label, o.key AS other_key,
       o.name AS other_name, r.role AS role, r.role_text AS role_text, r.titles AS titles, r.year AS year, r.edition AS edition,
       r.key AS fact_key, r.doc AS doc, r.article AS article, r.evidence AS evidence,
       r.evidence_start AS evidence_start, r.evidence_end AS evidence_end, r.extractor AS extractor
