// An official's career: the positions reported and the meetings attended, by date.
// In Neo4j Browser, set the parameters first:
// :params {person: 'Lê Tiến Nhật'}
MATCH (p:Person)
WHERE p.name = $person OR p.key = $person
CALL (p) {
  MATCH (p)-[h:HOLDS]->(pos:Position)
  RETURN 'position' AS kind, pos.name AS what, h.firstSeen AS date,
         CASE WHEN h.former THEN 'former' ELSE 'current' END AS detail
  UNION
  MATCH (p)-[r]->(e:Event)
  RETURN 'event' AS kind, e.name AS what, e.date AS date, toLower(type(r)) AS detail
}
RETURN p.name AS person, p.jurisdiction AS jurisdiction, kind, what, date, detail
ORDER BY person, date, kind, what, detail;
