// Ask: the organisations that founded an alliance (by key; 发起成立, 联合成立); one row per FOUNDED edge, with evidence.
// params: key
MATCH (n:Alliance)<-[r:FOUNDED]-(o:Organization)
WHERE n.key = $key
RETURN 'FOUNDED' AS relation, 'in' AS direction, 'Organization' AS other_label, o.key AS other_key,
       o.name AS other_name, r.role AS role, r.role_text AS role_text, r.titles AS titles, r.year AS year, r.edition AS edition,
       r.key AS fact_key, r.doc AS doc, r.article AS article, r.evidence AS evidence,
       r.evidence_start AS evidence_start, r.evidence_end AS evidence_end, r.extractor AS extractor
