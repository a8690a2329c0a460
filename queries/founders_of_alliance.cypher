// The organisations that founded an alliance (FOUNDED: 联合成立, 发起成立), with the evidence sentences.
// params: name (alliance name or alias)
MATCH (o:Organization)-[r:FOUNDED]->(a:Alliance)
WHERE a.name = $name OR $name IN a.aliases
RETURN a.name AS alliance, o.name AS founder, count(DISTINCT r.doc) AS sources, collect(DISTINCT r.evidence) AS evidence
ORDER BY alliance, founder
