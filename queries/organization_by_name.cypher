// The Organization entities whose key, name or one of whose aliases equals the given name (more than one: the name is shared).
// params: name, key
MATCH (n:Organization)
WHERE n.key = $key OR n.name = $name OR $name IN n.aliases
RETURN 'Organization' AS label, n.key AS key, n.name AS name, n.aliases AS aliases
ORDER BY key
LIMIT 50
