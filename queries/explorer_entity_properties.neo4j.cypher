// The type-specific properties of one entity (dates, kind, level ...) for the explorer's entity header.
// params: label, key
MATCH (n:Person|Organization|Honor|Forum|Alliance|Program|Place)
WHERE n.key = $key AND $label IN labels(n)
RETURN n.kind AS kind, n.start_date AS start_date, n.end_date AS end_date, n.theme AS theme, n.level AS level,
       n.category AS category, n.founded_date AS founded_date, n.gender AS gender, n.disambiguator AS disambiguator
LIMIT 1
