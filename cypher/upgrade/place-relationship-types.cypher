// Upgrades a graph written before places had relationship types of their own: a
// place's PART_OF its province becomes WITHIN, an old unit's SUCCEEDED_BY the unit
// it went into in the 2025 reform becomes MERGED_INTO, with their properties. Bodies
// keep PART_OF and SUCCEEDED_BY. Nothing else is touched, and a graph already in the
// new shape is left as it is (running it twice changes nothing).
// Run each statement in Neo4j Browser, or: cypher-shell -f cypher/upgrade/place-relationship-types.cypher
MATCH (a:Place)-[old:PART_OF]->(b:Place) MERGE (a)-[new:WITHIN]->(b) SET new += properties(old) DELETE old;
MATCH (a:Place)-[old:SUCCEEDED_BY]->(b:Place) MERGE (a)-[new:MERGED_INTO]->(b) SET new += properties(old) DELETE old;
