// Ask: the forums a person (by key) spoke at (any role); one row per SPOKE_AT edge, with evidence.
// params: key
MATCH (n:Person)-[r:SPOKE_AT]->(o:Forum)
WHERE n.key = $key
RETURN 'SPOKE_AT' AS relation, 'out' AS direction, 'Forum' AS other_label, o.key AS other_key,
       o.name AS other_name, r.role AS role, r.role_text AS role_text, r.titles AS titles, r.year AS year, r.edition AS edition,
       r.key AS fact_key, r.doc AS doc, r.article AS article, r.evidence AS evidence,
       r.evidence_start AS evidence_start, r.evidence_end AS evidence_end, r.extractor AS extractor
