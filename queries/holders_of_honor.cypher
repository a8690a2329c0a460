// Who holds an honour (people and organisations), with year and edition where stated, and the evidence sentences.
// params: name (honour name or alias)
MATCH (x)-[r:HOLDS_HONOR]->(h:Honor)
WHERE h.name = $name OR $name IN h.aliases
RETURN h.name AS honor, x.name AS holder, r.year AS year, r.edition AS edition,
       count(DISTINCT r.doc) AS sources, collect(DISTINCT r.evidence) AS evidence
ORDER BY honor, holder, year, edition
