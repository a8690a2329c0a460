// Ask: the forums and programs an organisation (by key) organised, undertook, co-organised or supported; one row per edge, with evidence.
// params: key
MATCH (n:Organization)-[r:ORGANIZED|UNDERTOOK|CO_ORGANIZED|SUPPORTED]->(o:Forum:Program)
WHERE n.key = $key
RETURN label(r) AS relation, 'out' AS direction, label(o) AS other_label, o.key AS other_key,
       o.name AS other_name, r.role AS role, r.role_text AS role_text, r.titles AS titles, r.year AS year, r.edition AS edition,
       r.key AS fact_key, r.doc AS doc, r.article AS article, r.evidence AS evidence,
       r.evidence_start AS evidence_start, r.evidence_end AS evidence_end, r.extractor AS extractor
