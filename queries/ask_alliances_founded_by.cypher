// Ask: the alliances an organisation (by key) founded; one row per FOUNDED edge, with evidence.
// params: key
MATCH (n:Organization)-[r:FOUNDED]->(o:Alliance)
WHERE n.key = $key
RETURN 'FOUNDED' AS relation, 'out' AS direction, 'Alliance' AS other_label, o.key AS other_key,
       o.name AS other_name, r.role AS role, r.role_text AS role_text, r.titles AS titles, r.year AS year, r.edition AS edition,
       r.key AS fact_key, r.doc AS doc, r.article AS article, r.evidence AS evidence,
       r.evidence_start AS evidence_start, r.evidence_end AS evidence_end, r.extractor AS extractor
