// Ask: the organisations that organised (ORGANIZED 主办), undertook (UNDERTOOK 承办), co-organised (CO_ORGANIZED 协办) or supported (SUPPORTED 支持) a forum or program (by key and label); one row per edge, with evidence.
// params: key, label (Forum or Program)
MATCH (n:Forum|Program)<-[r:ORGANIZED|UNDERTOOK|CO_ORGANIZED|SUPPORTED]-(o:Organization)
WHERE n.key = $key AND $label IN labels(n)
RETURN type(r) AS relation, 'in' AS direction, [l IN labels(o) WHERE l IN ['Person', 'Organization', 'Honor', 'Forum', 'Alliance', 'Program', 'Place']][0] AS other_label, o.key AS other_key,
       o.name AS other_name, r.role AS role, r.role_text AS role_text, r.titles AS titles, r.year AS year, r.edition AS edition,
       r.key AS fact_key, r.doc AS doc, r.article AS article, r.evidence AS evidence,
       r.evidence_start AS evidence_start, r.evidence_end AS evidence_end, r.extractor AS extractor
