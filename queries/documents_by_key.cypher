// Source, title and publication date of the documents with the given keys.
// params: keys
UNWIND $keys AS k
MATCH (d:Document)
WHERE d.key = k
RETURN d.key AS key, d.source AS source, d.title AS title, d.published AS published
