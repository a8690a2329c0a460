// Ask: the people and organisations that took part in a forum or program (by key and label); one row per PARTICIPATED_IN edge, with role_text and evidence.
// params: key, label (Forum or Program)
MATCH (n:Forum:Program)<-[r:PARTICIPATED_IN]-(o:Person:Organization)
WHERE n.key = $key AND label(n) = $label
RETURN label(r) AS relation, 'in' AS direction, label(o) AS other_label, o.key AS other_key,
       o.name AS other_name, r.role AS role, r.role_text AS role_text, r.titles AS titles, r.year AS year, r.edition AS edition,
       r.key AS fact_key, r.doc AS doc, r.article AS article, r.evidence AS evidence,
       r.evidence_start AS evidence_start, r.evidence_end AS evidence_end, r.extractor AS extractor
