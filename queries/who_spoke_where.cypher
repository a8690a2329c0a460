// Who spoke where: every person who spoke at a forum, with the role (keynote, speech, discussion) and how many documents say so.
// params:
MATCH (p:Person)-[r:SPOKE_AT]->(f:Forum)
RETURN p.name AS person, r.role AS role, f.name AS forum, count(DISTINCT r.doc) AS sources
ORDER BY forum, person, role
