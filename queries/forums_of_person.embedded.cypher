// The forums a person spoke at (SPOKE_AT, role) or took part in (PARTICIPATED_IN, role as written), with evidence.
// params: name (person name or alias)
MATCH (p:Person)-[r:SPOKE_AT|PARTICIPATED_IN]->(f:Forum)
WHERE p.name = $name OR $name IN p.aliases
RETURN p.name AS person, f.name AS forum, label(r) AS relation, r.role AS role, r.role_text AS role_text,
       count(DISTINCT r.doc) AS sources, collect(DISTINCT r.evidence) AS evidence
ORDER BY person, forum, relation, role, role_text
