// An official's offices in time order across every place they worked in (what
// GraphQL's Person.career gives): each with its body's place, the first and last
// dates the articles show it, whether it is former, and the articles that state it.
// Namesakes are separate people: `person` is each one's key.
// In Neo4j Browser, set the parameters first:
// :params {person: 'Lê Tiến Nhật'}
MATCH (p:Person)-[h:HOLDS]->(pos:Position)-[:OF]->(o:Organization)
WHERE p.name = $person OR p.key = $person
OPTIONAL MATCH (o)-[:IN]->(place:Place)
RETURN p.key AS person, pos.title AS title, o.name AS organization, place.name AS place,
       h.firstSeen AS firstSeen, h.lastSeen AS lastSeen, h.former AS former, h.articles AS articles
ORDER BY person, firstSeen IS NULL, firstSeen, title, organization;
