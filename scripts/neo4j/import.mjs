// Neo4j's bulk loader, `neo4j-admin database import full`, run from the same Maven
// jars as the local Neo4j: its entry point is org.neo4j.cli.AdminTool (in
// neo4j-command-line) and the import command comes from neo4j-import-tool, both
// dependencies of org.neo4j:neo4j in pom.xml. It writes a new database into a data
// folder (NEO4J_HOME) that the local Neo4j (LocalNeo4j.java, --data-dir) then opens.
//
//   node scripts/neo4j/import.mjs CSV_DIR [--data-dir DIR]
//
// CSV_DIR is what `cadregraph export --format neo4j-csv --out CSV_DIR` wrote (its
// import.args lists the files). DIR defaults to .neo4j/data, the folder `npm run
// neo4j` uses; it must not hold a database yet (stop Neo4j first): a first load only.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT, resolveClasspath } from './launch.mjs';

/**
 * Imports the CSV files that `argsFile` lists into the `neo4j` database under `dataDir`.
 * @param {{ dataDir: string, argsFile: string, heap?: string, log?: (line: string) => void }} options
 * @returns {Promise<{ ms: number, output: string, reportFile: string }>}
 */
export async function importCsv({ dataDir, argsFile, heap = '1g', log = () => {} }) {
  if (existsSync(join(dataDir, 'data', 'databases', 'neo4j'))) {
    throw new Error(`neo4j-admin import: ${dataDir} already holds a database; the bulk import is for a first load into an empty one`);
  }
  const started = Date.now();
  // neo4j-admin writes its report (bad rows, skipped duplicates) to the working
  // folder unless told otherwise: it goes beside the database it concerns.
  await mkdir(dataDir, { recursive: true });
  const reportFile = join(resolve(dataDir), 'import.report');
  const child = spawn(
    'java',
    [`-Xmx${heap}`, '-cp', resolveClasspath(), 'org.neo4j.cli.AdminTool', 'database', 'import', 'full', `--report-file=${reportFile}`, 'neo4j', `@${resolve(argsFile)}`],
    { env: { ...process.env, NEO4J_HOME: resolve(dataDir) }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const collect = (chunk) => {
    const text = chunk.toString();
    output = (output + text).slice(-20000);
    for (const line of text.split('\n')) if (line.trim()) log(line);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const code = await new Promise((done) => child.once('exit', done));
  if (code !== 0) throw new Error(`neo4j-admin import exited with status ${code}:\n${output}`);
  return { ms: Date.now() - started, output, reportFile };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [csvDir] = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--data-dir');
  const at = process.argv.indexOf('--data-dir');
  const dataDir = at > 0 ? process.argv[at + 1] : join(PROJECT_ROOT, '.neo4j', 'data');
  if (!csvDir || !existsSync(join(csvDir, 'import.args'))) {
    console.error('usage: node scripts/neo4j/import.mjs CSV_DIR [--data-dir DIR]\n(CSV_DIR from: cadregraph export --format neo4j-csv --out CSV_DIR ...)');
    process.exit(2);
  }
  try {
    const { ms } = await importCsv({ dataDir, argsFile: join(csvDir, 'import.args'), log: (line) => console.log(line) });
    console.log(`imported into ${dataDir} in ${(ms / 1000).toFixed(1)} s; start Neo4j on it (npm run neo4j, NEO4J_DATA_DIR=${dataDir}); cadregraph creates the constraints and indexes when it first connects`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
