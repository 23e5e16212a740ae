// Who chaired the meetings of a body, most recent first.
// In Neo4j Browser first run:  :param organization => 'Huyện ủy Thanh Trì'
MATCH (e:Event)-[:ORGANIZED_BY]->(o:Organization)
WHERE o.name = $organization OR o.key = $organization
OPTIONAL MATCH (p:Person)-[:CHAIRED]->(e)
WITH e, p ORDER BY p.name
WITH e, collect(p.name) AS chairs
RETURN e.name AS event, e.date AS date, chairs
ORDER BY date DESC, event;
