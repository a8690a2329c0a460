// The members of an alliance (people and organisations, MEMBER_OF), with the evidence sentences.
// params: name (alliance name or alias)
MATCH (x)-[r:MEMBER_OF]->(a:Alliance)
WHERE a.name = $name OR $name IN a.aliases
RETURN a.name AS alliance, x.name AS member, count(DISTINCT r.doc) AS sources, collect(DISTINCT r.evidence) AS evidence
ORDER BY alliance, member
