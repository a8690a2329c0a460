// The organisations that organised (主办), undertook (承办), co-organised (协办) or supported (支持) a forum, with evidence.
// params: name (forum name or alias)
MATCH (o:Organization)-[r:ORGANIZED|UNDERTOOK|CO_ORGANIZED|SUPPORTED]->(f:Forum)
WHERE f.name = $name OR $name IN f.aliases
RETURN f.name AS forum, label(r) AS relation, o.name AS organization,
       count(DISTINCT r.doc) AS sources, collect(DISTINCT r.evidence) AS evidence
ORDER BY forum, relation, organization
