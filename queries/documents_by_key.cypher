// Source, title and publication date of the documents with the given keys.
// params: keys
MATCH (d:Document)
WHERE d.key IN $keys
RETURN d.key AS key, d.source AS source, d.title AS title, d.published AS published
