// Who spoke at a forum, with their role, how many documents report it and the evidence sentences.
// params: name (forum name or alias)
MATCH (p:Person)-[r:SPOKE_AT]->(f:Forum)
WHERE f.name = $name OR $name IN f.aliases
RETURN f.name AS forum, p.name AS person, r.role AS role,
       count(DISTINCT r.doc) AS sources, collect(DISTINCT r.evidence) AS evidence
ORDER BY forum, person, role
