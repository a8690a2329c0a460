// An organisation (by key): its people, the forums and programs it organised, undertook, co-organised or supported, its alliances, parents and units; one row per edge, with evidence.
// params: key
MATCH (n:Organization)<-[r:HOLDS_POSITION]-(o:Person)
WHERE n.key = $key
RETURN 'HOLDS_POSITION' AS relation, 'in' AS direction, 'Person' AS other_label, o.key AS other_key,
       o.name AS other_name, r.role AS role, r.role_text AS role_text, r.titles AS titles, r.year AS year, r.edition AS edition,
       r.key AS fact_key, r.doc AS doc, r.article AS article, r.evidence AS evidence,
       r.evidence_start AS evidence_start, r.evidence_end AS evidence_end, r.extractor AS extractor
UNION ALL
MATCH (n:Organization)<-[r:MEMBER_OF]-(o:Person)
WHERE n.key = $key
RETURN 'MEMBER_OF' AS relation, 'in' AS direction, 'Person' AS other_label, o.key AS other_key,
       o.name AS other_name, r.role AS role, r.role_text AS role_text, r.titles AS titles, r.year AS year, r.edition AS edition,
       r.key AS fact_key, r.doc AS doc, r.article AS article, r.evidence AS evidence,
       r.evidence_start AS evidence_start, r.evidence_end AS evidence_end, r.extractor AS extractor
UNION ALL
MATCH (n:Organization)-[r:ORGANIZED]->(o:Forum)
WHERE n.key = $key
RETURN 'ORGANIZED' AS relation, 'out' AS direction, 'Forum' AS other_label, o.key AS other_key,
       o.name AS other_name, r.role AS role, r.role_text AS role_text, r.titles AS titles, r.year AS year, r.edition AS edition,
       r.key AS fact_key, r.doc AS doc, r.article AS article, r.evidence AS evidence,
       r.evidence_start AS evidence_start, r.evidence_end AS evidence_end, r.extractor AS extractor
UNION ALL
MATCH (n:Organization)-[r:UNDERTOOK]->(o:Forum)
WHERE n.key = $key
RETURN 'UNDERTOOK' AS relation, 'out' AS direction, 'Forum' AS other_label, o.key AS other_key,
       o.name AS other_name, r.role AS role, r.role_text AS role_text, r.titles AS titles, r.year AS year, r.edition AS edition,
       r.key AS fact_key, r.doc AS doc, r.article AS article, r.evidence AS evidence,
       r.evidence_start AS evidence_start, r.evidence_end AS evidence_end, r.extractor AS extractor
UNION ALL
MATCH (n:Organization)-[r:CO_ORGANIZED]->(o:Forum)
WHERE n.key = $key
RETURN 'CO_ORGANIZED' AS relation, 'out' AS direction, 'Forum' AS other_label, o.key AS other_key,
       o.name AS other_name, r.role AS role, r.role_text AS role_text, r.titles AS titles, r.year AS year, r.edition AS edition,
       r.key AS fact_key, r.doc AS doc, r.article AS article, r.evidence AS evidence,
       r.evidence_start AS evidence_start, r.evidence_end AS evidence_end, r.extractor AS extractor
UNION ALL
MATCH (n:Organization)-[r:SUPPORTED]->(o:Forum)
WHERE n.key = $key
RETURN 'SUPPORTED' AS relation, 'out' AS direction, 'Forum' AS other_label, o.key AS other_key,
       o.name AS other_name, r.role AS role, r.role_text AS role_text, r.titles AS titles, r.year AS year, r.edition AS edition,
       r.key AS fact_key, r.doc AS doc, r.article AS article, r.evidence AS evidence,
       r.evidence_start AS evidence_start, r.evidence_end AS evidence_end, r.extractor AS extractor
UNION ALL
MATCH (n:Organization)-[r:ORGANIZED]->(o:Program)
WHERE n.key = $key
RETURN 'ORGANIZED' AS relation, 'out' AS direction, 'Program' AS other_label, o.key AS other_key,
       o.name AS other_name, r.role AS role, r.role_text AS role_text, r.titles AS titles, r.year AS year, r.edition AS edition,
       r.key AS fact_key, r.doc AS doc, r.article AS article, r.evidence AS evidence,
       r.evidence_start AS evidence_start, r.evidence_end AS evidence_end, r.extractor AS extractor
UNION ALL
MATCH (n:Organization)-[r:UNDERTOOK]->(o:Program)
WHERE n.key = $key
RETURN 'UNDERTOOK' AS relation, 'out' AS direction, 'Program' AS other_label, o.key AS other_key,
       o.name AS other_name, r.role AS role, r.role_text AS role_text, r.titles AS titles, r.year AS year, r.edition AS edition,
       r.key AS fact_key, r.doc AS doc, r.article AS article, r.evidence AS evidence,
       r.evidence_start AS evidence_start, r.evidence_end AS evidence_end, r.extractor AS extractor
UNION ALL
MATCH (n:Organization)-[r:CO_ORGANIZED]->(o:Program)
WHERE n.key = $key
RETURN 'CO_ORGANIZED' AS relation, 'out' AS direction, 'Program' AS other_label, o.key AS other_key,
       o.name AS other_name, r.role AS role, r.role_text AS role_text, r.titles AS titles, r.year AS year, r.edition AS edition,
       r.key AS fact_key, r.doc AS doc, r.article AS article, r.evidence AS evidence,
       r.evidence_start AS evidence_start, r.evidence_end AS evidence_end, r.extractor AS extractor
UNION ALL
MATCH (n:Organization)-[r:SUPPORTED]->(o:Program)
WHERE n.key = $key
RETURN 'SUPPORTED' AS relation, 'out' AS direction, 'Program' AS other_label, o.key AS other_key,
       o.name AS other_name, r.role AS role, r.role_text AS role_text, r.titles AS titles, r.year AS year, r.edition AS edition,
       r.key AS fact_key, r.doc AS doc, r.article AS article, r.evidence AS evidence,
       r.evidence_start AS evidence_start, r.evidence_end AS evidence_end, r.extractor AS extractor
UNION ALL
MATCH (n:Organization)-[r:FOUNDED]->(o:Alliance)
WHERE n.key = $key
RETURN 'FOUNDED' AS relation, 'out' AS direction, 'Alliance' AS other_label, o.key AS other_key,
       o.name AS other_name, r.role AS role, r.role_text AS role_text, r.titles AS titles, r.year AS year, r.edition AS edition,
       r.key AS fact_key, r.doc AS doc, r.article AS article, r.evidence AS evidence,
       r.evidence_start AS evidence_start, r.evidence_end AS evidence_end, r.extractor AS extractor
UNION ALL
MATCH (n:Organization)-[r:MEMBER_OF]->(o:Alliance)
WHERE n.key = $key
RETURN 'MEMBER_OF' AS relation, 'out' AS direction, 'Alliance' AS other_label, o.key AS other_key,
       o.name AS other_name, r.role AS role, r.role_text AS role_text, r.titles AS titles, r.year AS year, r.edition AS edition,
       r.key AS fact_key, r.doc AS doc, r.article AS article, r.evidence AS evidence,
       r.evidence_start AS evidence_start, r.evidence_end AS evidence_end, r.extractor AS extractor
UNION ALL
MATCH (n:Organization)-[r:MEMBER_OF]->(o:Organization)
WHERE n.key = $key
RETURN 'MEMBER_OF' AS relation, 'out' AS direction, 'Organization' AS other_label, o.key AS other_key,
       o.name AS other_name, r.role AS role, r.role_text AS role_text, r.titles AS titles, r.year AS year, r.edition AS edition,
       r.key AS fact_key, r.doc AS doc, r.article AS article, r.evidence AS evidence,
       r.evidence_start AS evidence_start, r.evidence_end AS evidence_end, r.extractor AS extractor
UNION ALL
MATCH (n:Organization)<-[r:MEMBER_OF]-(o:Organization)
WHERE n.key = $key
RETURN 'MEMBER_OF' AS relation, 'in' AS direction, 'Organization' AS other_label, o.key AS other_key,
       o.name AS other_name, r.role AS role, r.role_text AS role_text, r.titles AS titles, r.year AS year, r.edition AS edition,
       r.key AS fact_key, r.doc AS doc, r.article AS article, r.evidence AS evidence,
       r.evidence_start AS evidence_start, r.evidence_end AS evidence_end, r.extractor AS extractor
UNION ALL
MATCH (n:Organization)-[r:SUB_UNIT_OF]->(o:Organization)
WHERE n.key = $key
RETURN 'SUB_UNIT_OF' AS relation, 'out' AS direction, 'Organization' AS other_label, o.key AS other_key,
       o.name AS other_name, r.role AS role, r.role_text AS role_text, r.titles AS titles, r.year AS year, r.edition AS edition,
       r.key AS fact_key, r.doc AS doc, r.article AS article, r.evidence AS evidence,
       r.evidence_start AS evidence_start, r.evidence_end AS evidence_end, r.extractor AS extractor
UNION ALL
MATCH (n:Organization)<-[r:SUB_UNIT_OF]-(o:Organization)
WHERE n.key = $key
RETURN 'SUB_UNIT_OF' AS relation, 'in' AS direction, 'Organization' AS other_label, o.key AS other_key,
       o.name AS other_name, r.role AS role, r.role_text AS role_text, r.titles AS titles, r.year AS year, r.edition AS edition,
       r.key AS fact_key, r.doc AS doc, r.article AS article, r.evidence AS evidence,
       r.evidence_start AS evidence_start, r.evidence_end AS evidence_end, r.extractor AS extractor
UNION ALL
MATCH (n:Organization)-[r:HOLDS_HONOR]->(o:Honor)
WHERE n.key = $key
RETURN 'HOLDS_HONOR' AS relation, 'out' AS direction, 'Honor' AS other_label, o.key AS other_key,
       o.name AS other_name, r.role AS role, r.role_text AS role_text, r.titles AS titles, r.year AS year, r.edition AS edition,
       r.key AS fact_key, r.doc AS doc, r.article AS article, r.evidence AS evidence,
       r.evidence_start AS evidence_start, r.evidence_end AS evidence_end, r.extractor AS extractor
