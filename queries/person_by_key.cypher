// The Person whose key is exactly the given one (a primary-key lookup; the cheap first try when resolving a name).
// params: key
MATCH (n:Person)
WHERE n.key = $key
RETURN 'Person' AS label, n.key AS key, n.name AS name, n.aliases AS aliases
