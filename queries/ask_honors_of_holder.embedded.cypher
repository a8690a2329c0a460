// Ask: the honours a person or organisation (by key and label) holds, with year and edition where stated; one row per HOLDS_HONOR edge, with evidence.
// params: key, label (Person or Organization)
MATCH (n:Person:Organization)-[r:HOLDS_HONOR]->(o:Honor)
WHERE n.key = $key AND label(n) = $label
RETURN label(r) AS relation, 'out' AS direction, label(o) AS other_label, o.key AS other_key,
       o.name AS other_name, r.role AS role, r.role_text AS role_text, r.titles AS titles, r.year AS year, r.edition AS edition,
       r.key AS fact_key, r.doc AS doc, r.article AS article, r.evidence AS evidence,
       r.evidence_start AS evidence_start, r.evidence_end AS evidence_end, r.extractor AS extractor
