// Ask: the people holding a position in (HOLDS_POSITION, titles) or members of (MEMBER_OF) an organisation (by key); one row per edge, with evidence.
// params: key
MATCH (n:Organization)<-[r:HOLDS_POSITION|MEMBER_OF]-(o:Person)
WHERE n.key = $key
RETURN label(r) AS relation, 'in' AS direction, label(o) AS other_label, o.key AS other_key,
       o.name AS other_name, r.role AS role, r.role_text AS role_text, r.titles AS titles, r.year AS year, r.edition AS edition,
       r.key AS fact_key, r.doc AS doc, r.article AS article, r.evidence AS evidence,
       r.evidence_start AS evidence_start, r.evidence_end AS evidence_end, r.extractor AS extractor
