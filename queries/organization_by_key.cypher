// The Organization whose key is exactly the given one (a primary-key lookup; the cheap first try when resolving a name).
// params: key
MATCH (n:Organization)
WHERE n.key = $key
RETURN 'Organization' AS label, n.key AS key, n.name AS name, n.aliases AS aliases
