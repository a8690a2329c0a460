// What each document states about one entity (property=value, as its MENTIONS records it), with the document's
// key, source, title and publication date: every value behind the entity's properties, conflicting ones included.
// params: label, key
MATCH (d:Document)<-[:IN_DOCUMENT]-(a:Article)-[m:MENTIONS]->(n:Person|Organization|Honor|Forum|Alliance|Program|Place)
WHERE n.key = $key AND $label IN labels(n)
UNWIND m.stated AS statement
RETURN DISTINCT statement, d.key AS doc, d.source AS source, d.title AS title, d.published AS published
ORDER BY statement, published, doc
