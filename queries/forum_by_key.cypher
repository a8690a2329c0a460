// The Forum whose key is exactly the given one (a primary-key lookup; the cheap first try when resolving a name).
// params: key
MATCH (n:Forum)
WHERE n.key = $key
RETURN 'Forum' AS label, n.key AS key, n.name AS name, n.aliases AS aliases
