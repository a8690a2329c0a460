// Ask: the organisations and alliances a person or organisation (by key and label) is a member of; one row per MEMBER_OF edge, with evidence.
// params: key, label (Person or Organization)
MATCH (n:Person|Organization)-[r:MEMBER_OF]->(o:Organization|Alliance)
WHERE n.key = $key AND $label IN labels(n)
RETURN type(r) AS relation, 'out' AS direction, [l IN labels(o) WHERE l IN ['Person', 'Organization', 'Honor', 'Forum', 'Alliance', 'Program', 'Place']][0] AS other_label, o.key AS other_key,
       o.name AS other_name, r.role AS role, r.role_text AS role_text, r.titles AS titles, r.year AS year, r.edition AS edition,
       r.key AS fact_key, r.doc AS doc, r.article AS article, r.evidence AS evidence,
       r.evidence_start AS evidence_start, r.evidence_end AS evidence_end, r.extractor AS extractor
