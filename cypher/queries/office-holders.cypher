// Everyone reported holding an office of a body, with status and the dates of the
// articles that reported it. Set $title to null for every title of the body. A name
// several bodies share matches each: `organization` (the id) tells them apart.
// In Neo4j Browser:  :param organization => 'Huyện ủy Thanh Trì'
//                    :param title => null
MATCH (p:Person)-[h:HOLDS]->(pos:Position)-[:OF]->(o:Organization)
WHERE (o.name = $organization OR o.key = $organization)
  AND ($title IS NULL OR pos.title = $title)
RETURN o.key AS organization, pos.title AS title, p.name AS person, h.former AS former,
       h.firstSeen AS firstSeen, h.lastSeen AS lastSeen, h.articles AS articles
ORDER BY organization, title, person;
