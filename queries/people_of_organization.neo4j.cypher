// The people who hold a position in (HOLDS_POSITION, titles) or are members of (MEMBER_OF) an organisation, with evidence.
// params: name (organisation name or alias)
MATCH (p:Person)-[r:HOLDS_POSITION|MEMBER_OF]->(o:Organization)
WHERE o.name = $name OR $name IN o.aliases
RETURN o.name AS organization, p.name AS person, type(r) AS relation, r.titles AS titles,
       count(DISTINCT r.doc) AS sources, collect(DISTINCT r.evidence) AS evidence
ORDER BY organization, person, relation, sources DESC
