// The honours a person holds, with year and edition where stated, and the evidence sentences.
// params: name (person name or alias)
MATCH (p:Person)-[r:HOLDS_HONOR]->(h:Honor)
WHERE p.name = $name OR $name IN p.aliases
RETURN p.name AS person, h.name AS honor, r.year AS year, r.edition AS edition,
       count(DISTINCT r.doc) AS sources, collect(DISTINCT r.evidence) AS evidence
ORDER BY person, honor, year, edition
