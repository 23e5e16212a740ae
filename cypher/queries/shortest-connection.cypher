// How two officials are connected: a shortest path through shared meetings, offices
// and bodies (articles and places are left out: sharing a page is no connection).
// In Neo4j Browser, set the parameters first:
// :params {from: 'Vũ Anh Tú', to: 'Nguyễn Xuân Lưu'}
MATCH (a:Person {name: $from}), (b:Person {name: $to})
WHERE a <> b
MATCH path = shortestPath((a)-[:HOLDS|OF|CHAIRED|ATTENDED|OPENED|REPORTED|DIRECTED|CONCLUDED|SPOKE|ORGANIZED_BY|PART_OF*..8]-(b))
WHERE all(n IN nodes(path) WHERE n:Person OR n:Event OR n:Position OR n:Organization)
RETURN path, length(path) AS hops, [n IN nodes(path) | n.name] AS names
LIMIT 1;
