// The positions a person holds: organisation and titles as written, with the evidence sentences.
// params: name (person name or alias)
MATCH (p:Person)-[r:HOLDS_POSITION]->(o:Organization)
WHERE p.name = $name OR $name IN p.aliases
RETURN p.name AS person, o.name AS organization, r.titles AS titles,
       count(DISTINCT r.doc) AS sources, collect(DISTINCT r.evidence) AS evidence
ORDER BY person, organization, sources DESC
