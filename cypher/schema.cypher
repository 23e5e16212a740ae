// Constraints and indexes of the cadregraph graph (the Neo4j store creates them
// before its first write; test/store/neo4j/queries.test.ts checks this file matches).
CREATE CONSTRAINT person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE;
CREATE TEXT INDEX person_search IF NOT EXISTS FOR (n:Person) ON (n.search);
CREATE CONSTRAINT organization_key IF NOT EXISTS FOR (n:Organization) REQUIRE n.key IS UNIQUE;
CREATE TEXT INDEX organization_search IF NOT EXISTS FOR (n:Organization) ON (n.search);
CREATE CONSTRAINT position_key IF NOT EXISTS FOR (n:Position) REQUIRE n.key IS UNIQUE;
CREATE TEXT INDEX position_search IF NOT EXISTS FOR (n:Position) ON (n.search);
CREATE CONSTRAINT event_key IF NOT EXISTS FOR (n:Event) REQUIRE n.key IS UNIQUE;
CREATE TEXT INDEX event_search IF NOT EXISTS FOR (n:Event) ON (n.search);
CREATE CONSTRAINT article_key IF NOT EXISTS FOR (n:Article) REQUIRE n.key IS UNIQUE;
CREATE TEXT INDEX article_search IF NOT EXISTS FOR (n:Article) ON (n.search);
CREATE CONSTRAINT place_key IF NOT EXISTS FOR (n:Place) REQUIRE n.key IS UNIQUE;
CREATE TEXT INDEX place_search IF NOT EXISTS FOR (n:Place) ON (n.search);
CREATE CONSTRAINT mention_key IF NOT EXISTS FOR (n:Mention) REQUIRE n.key IS UNIQUE;
CREATE TEXT INDEX mention_search IF NOT EXISTS FOR (n:Mention) ON (n.search);
CREATE RANGE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE RANGE INDEX mention_block IF NOT EXISTS FOR (n:Mention) ON (n.block);
CREATE RANGE INDEX person_block IF NOT EXISTS FOR (n:Person) ON (n.block);
CREATE RANGE INDEX person_order IF NOT EXISTS FOR (n:Person) ON (n.search, n.key);
CREATE RANGE INDEX organization_order IF NOT EXISTS FOR (n:Organization) ON (n.search, n.key);
CREATE FULLTEXT INDEX node_names IF NOT EXISTS FOR (n:Person|Organization|Position|Event|Place|Article) ON EACH [n.name, n.search] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
