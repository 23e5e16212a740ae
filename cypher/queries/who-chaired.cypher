// Who chaired the meetings of a body: most recent first, undated meetings last (as
// the API's whoChaired), the chairs of each by name. A name several bodies share
// (Huyện ủy Châu Thành) matches each: `organization` (the id) tells them apart; pass
// an id to keep one.
// In Neo4j Browser, set the parameters first:
// :params {organization: 'Huyện ủy Thanh Trì'}
MATCH (e:Event)-[:ORGANIZED_BY]->(o:Organization)
WHERE o.name = $organization OR o.key = $organization
OPTIONAL MATCH (p:Person)-[:CHAIRED]->(e)
WITH o, e, p ORDER BY p.search, p.key
WITH o, e, collect(p.name) AS chairs
RETURN o.key AS organization, e.name AS event, e.date AS date, chairs
ORDER BY e.date IS NULL, e.date DESC, e.key;
