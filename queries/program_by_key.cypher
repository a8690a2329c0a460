// The Program whose key is exactly the given one (a primary-key lookup; the cheap first try when resolving a name).
// params: key
MATCH (n:Program)
WHERE n.key = $key
RETURN 'Program' AS label, n.key AS key, n.name AS name, n.aliases AS aliases
