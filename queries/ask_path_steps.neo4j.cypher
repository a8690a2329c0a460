// Ask: every fact relationship with one end among the given entities (near) and the other among all of them (keys), head to tail, with its evidence: the steps of the paths the connection search found (every step has an end that is not where the two searches met). The filter on the far end follows a WITH so that it is checked on the relationships read, not by scanning every entity.
// params: near, keys, entity_labels
MATCH (x:Person|Organization|Honor|Forum|Alliance|Program|Place)-[r:SPOKE_AT|PARTICIPATED_IN|HOLDS_HONOR|HOLDS_POSITION|ORGANIZED|UNDERTOOK|CO_ORGANIZED|SUPPORTED|PART_OF|HELD_AT|FOUNDED|MEMBER_OF|LAUNCHED|SUB_UNIT_OF]->(y:Person|Organization|Honor|Forum|Alliance|Program|Place)
WHERE x.key IN $near
WITH x, r, y WHERE y.key IN $keys
RETURN [l IN labels(x) WHERE l IN $entity_labels][0] AS head_label, x.key AS head_key, x.name AS head_name,
       [l IN labels(y) WHERE l IN $entity_labels][0] AS tail_label, y.key AS tail_key, y.name AS tail_name,
       type(r) AS relation, r.role AS role, r.role_text AS role_text, r.titles AS titles, r.year AS year,
       r.edition AS edition, r.key AS fact_key, r.doc AS doc, r.article AS article, r.evidence AS evidence,
       r.evidence_start AS evidence_start, r.evidence_end AS evidence_end, r.extractor AS extractor
UNION ALL
MATCH (x:Person|Organization|Honor|Forum|Alliance|Program|Place)-[r:SPOKE_AT|PARTICIPATED_IN|HOLDS_HONOR|HOLDS_POSITION|ORGANIZED|UNDERTOOK|CO_ORGANIZED|SUPPORTED|PART_OF|HELD_AT|FOUNDED|MEMBER_OF|LAUNCHED|SUB_UNIT_OF]->(y:Person|Organization|Honor|Forum|Alliance|Program|Place)
WHERE y.key IN $near
WITH x, r, y WHERE x.key IN $keys
RETURN [l IN labels(x) WHERE l IN $entity_labels][0] AS head_label, x.key AS head_key, x.name AS head_name,
       [l IN labels(y) WHERE l IN $entity_labels][0] AS tail_label, y.key AS tail_key, y.name AS tail_name,
       type(r) AS relation, r.role AS role, r.role_text AS role_text, r.titles AS titles, r.year AS year,
       r.edition AS edition, r.key AS fact_key, r.doc AS doc, r.article AS article, r.evidence AS evidence,
       r.evidence_start AS evidence_start, r.evidence_end AS evidence_end, r.extractor AS extractor
