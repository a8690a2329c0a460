// Ask: the forums held at a place (by key); one row per HELD_AT edge, with evidence.
// params: key
MATCH (n:Place)<-[r:HELD_AT]-(o:Forum)
WHERE n.key = $key
RETURN 'HELD_AT' AS relation, 'in' AS direction, 'Forum' AS other_label, o.key AS other_key,
       o.name AS other_name, r.role AS role, r.role_text AS role_text, r.titles AS titles, r.year AS year, r.edition AS edition,
       r.key AS fact_key, r.doc AS doc, r.article AS article, r.evidence AS evidence,
       r.evidence_start AS evidence_start, r.evidence_end AS evidence_end, r.extractor AS extractor
