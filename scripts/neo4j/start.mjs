// `npm run neo4j`: a local Neo4j for development on 127.0.0.1 (Bolt 7687,
// HTTP and Neo4j Browser on 7474, the project's Browser guide and style on 7475),
// data under .neo4j/data. Ctrl-C stops it.
// Environment: NEO4J_PASSWORD (default below, for a local development server
// only), NEO4J_BOLT_PORT, NEO4J_HTTP_PORT, NEO4J_GUIDE_PORT, NEO4J_DATA_DIR.
import { join } from 'node:path';
import { PROJECT_ROOT, startNeo4j } from './launch.mjs';

const DEV_PASSWORD = 'cadregraph-dev';

const password = process.env.NEO4J_PASSWORD || DEV_PASSWORD;
process.stderr.write('Starting Neo4j (the first run downloads it with Maven)...\n');
const neo = await startNeo4j({
  port: Number(process.env.NEO4J_BOLT_PORT || 7687),
  httpPort: Number(process.env.NEO4J_HTTP_PORT ?? 7474),
  guidePort: Number(process.env.NEO4J_GUIDE_PORT || 7475),
  dataDir: process.env.NEO4J_DATA_DIR || join(PROJECT_ROOT, '.neo4j', 'data'),
  password,
});
process.stdout.write(
  `Neo4j is up in ${(neo.startMs / 1000).toFixed(1)} s\n` +
    `  NEO4J_URI=${neo.uri}\n  NEO4J_USER=${neo.user}\n` +
    `  NEO4J_PASSWORD=${password === DEV_PASSWORD ? DEV_PASSWORD + ' (development default)' : '(from your environment)'}\n` +
    (neo.httpUrl ? `  Browser: ${neo.httpUrl} (opens the guide once you connect; again: :guide ${neo.guideUrl})\n` : '') +
    'Press Ctrl-C to stop.\n',
);
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    process.stderr.write('\nStopping Neo4j...\n');
    neo.stop().then(() => process.exit(0));
  });
}
