// `cadregraph export --format cypher|json|graphml|neo4j-csv [--out PATH] (PATH... | --graph FILE)`:
// writes the graph of the articles, or of a graph file, without any Neo4j. The neo4j-csv
// format is the bulk path for a first load: CSV files for `neo4j-admin database
// import full` (docs/bulk-import.md).
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { Command, Option } from 'commander';
import { NODE_LABELS, type GraphBatch } from '../../graph/model.js';
import { extractionThreads } from '../../ingest/articles.js';
import { EXPORT_FORMATS, exportLines, type ExportFormat } from '../../ingest/export/index.js';
import type { GraphSource } from '../../ingest/export/neo4j-csv.js';
import { buildGraphWithProgress } from '../article-run.js';
import { articleCommand, PATH_HELP, type ReadingOptions, type ReportingOptions } from '../options.js';
import { count, displayPath, duration, megabytes, oneLine, plural, printSummary } from '../report.js';

const FORMATS = [...EXPORT_FORMATS, 'neo4j-csv'] as const;

interface ExportOptions extends ReadingOptions, ReportingOptions {
  format: (typeof FORMATS)[number];
  out?: string;
  graph?: string;
}

/** Writes the pieces with backpressure; resolves to the bytes written. */
async function writeAll(out: Writable, pieces: Iterable<string>): Promise<number> {
  let bytes = 0;
  let chunk = '';
  const flush = async (): Promise<void> => {
    bytes += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await once(out, 'drain');
    chunk = '';
  };
  for (const piece of pieces) {
    chunk += piece;
    if (chunk.length >= 1 << 16) await flush();
  }
  await flush();
  return bytes;
}

async function writeExport(batch: GraphBatch, options: ExportOptions & { format: ExportFormat }): Promise<number> {
  if (options.out === undefined) return writeAll(process.stdout, exportLines(batch, options.format));
  const file = createWriteStream(options.out, { encoding: 'utf8' });
  const failed = once(file, 'error').then(([error]) => Promise.reject(error as Error));
  const opened = once(file, 'open');
  await Promise.race([opened, failed]);
  const bytes = await Promise.race([writeAll(file, exportLines(batch, options.format)), failed]);
  file.end();
  await Promise.race([once(file, 'finish'), failed]);
  return bytes;
}

function labelCounts(batch: GraphBatch): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(NODE_LABELS.map((l) => [l, 0]));
  for (const n of batch.nodes) counts[n.label] = (counts[n.label] ?? 0) + 1;
  return counts;
}

/** A graph file's nodes and relationships, read as they are written out; a string says why it cannot be read. */
async function graphFile(file: string): Promise<{ graph: GraphSource; close(): Promise<void> } | string> {
  const { GraphFileError } = await import('../../store/embedded/database.js');
  const { openEmbeddedStore } = await import('../../store/embedded/store.js');
  try {
    const store = openEmbeddedStore({ file, create: false });
    return { graph: { nodes: () => store.allNodes(), edges: () => store.allEdges() }, close: () => store.close() };
  } catch (error) {
    if (error instanceof GraphFileError) return error.message;
    throw error;
  }
}

/** CSV files and an argument file for neo4j-admin database import, in the folder `dir`. */
async function writeCsv(graph: GraphSource, dir: string, options: ExportOptions, failed: number): Promise<void> {
  const { writeNeo4jCsv } = await import('../../ingest/export/neo4j-csv.js');
  const started = performance.now();
  const written = await writeNeo4jCsv(graph, dir);
  // neo4j-admin reads arguments from a file given as @FILE, one per line.
  const argsFile = join(dir, 'import.args');
  await writeFile(argsFile, written.args.join('\n') + '\n', 'utf8');
  const seconds = (performance.now() - started) / 1000;
  printSummary(
    { json: options.json, quiet: options.quiet, stream: process.stdout },
    () =>
      `cadregraph export: ${plural(written.rows.nodes, 'node')} and ${plural(written.rows.relationships, 'relationship')} ` +
      `in ${plural(written.nodes.length + written.relationships.length, 'CSV file')} in ${displayPath(dir)}, written in ${duration(seconds)}` +
      (failed > 0 ? `; ${plural(failed, 'file')} failed` : '') +
      `\nload them into an empty database with: neo4j-admin database import full neo4j @${argsFile}\n`,
    () => ({ command: 'export', format: 'neo4j-csv', out: dir, args: argsFile, nodes: written.rows.nodes, relationships: written.rows.relationships, failed, seconds: Number(seconds.toFixed(3)) }),
  );
}

/** Exports a graph file (--graph): no articles are read. */
async function exportGraphFile(file: string, options: ExportOptions): Promise<number> {
  const opened = await graphFile(file);
  if (typeof opened === 'string') {
    process.stderr.write(`cadregraph export: ${oneLine(opened)}\n`);
    return 1;
  }
  try {
    if (options.format === 'neo4j-csv') await writeCsv(opened.graph, options.out ?? '.', options, 0);
    else await writeExport({ nodes: [...opened.graph.nodes()], edges: [...opened.graph.edges()] }, { ...options, format: options.format });
  } finally {
    await opened.close();
  }
  return 0;
}

function usageError(message: string): number {
  process.stderr.write(`cadregraph export: ${message}\nRun 'cadregraph export --help' for usage.\n`);
  return 2;
}

async function run(paths: string[], options: ExportOptions): Promise<number> {
  if (options.graph === undefined && paths.length === 0) return usageError('give at least one PATH, or --graph FILE');
  if (options.graph !== undefined && paths.length > 0) return usageError('give PATH... or --graph FILE, not both');
  if (options.format === 'neo4j-csv' && options.out === undefined) return usageError('--format neo4j-csv writes a folder of files: give --out FOLDER');
  if (options.graph !== undefined) return exportGraphFile(options.graph, options);
  const { articles, builder } = await buildGraphWithProgress('export', paths, options);
  const batch = builder.withPeople();
  if (options.format === 'neo4j-csv') {
    await writeCsv({ nodes: () => batch.nodes, edges: () => batch.edges }, options.out ?? '.', options, articles.failures.length);
    return articles.failures.length > 0 ? 1 : 0;
  }
  const format = options.format;
  let bytes: number;
  try {
    bytes = await writeExport(batch, { ...options, format });
  } catch (error) {
    const target = options.out === undefined ? 'standard output' : displayPath(options.out);
    process.stderr.write(`cadregraph export: cannot write ${target}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const failed = articles.failures.length;
  const nodes = labelCounts(batch);
  printSummary(
    // With --out the data is in the file and standard output is free for the summary.
    { json: options.json, quiet: options.quiet, stream: options.out === undefined ? process.stderr : process.stdout },
    () =>
      `cadregraph export: ${plural(articles.files - failed, 'article')} → ${plural(batch.nodes.length, 'node')} ` +
      `(${count(nodes['Person'] ?? 0)} people, ${count(nodes['Event'] ?? 0)} events, ${count(nodes['Organization'] ?? 0)} bodies) ` +
      `and ${plural(batch.edges.length, 'relationship')}, ${megabytes(bytes)} of ${options.format} ` +
      `${options.out === undefined ? 'on standard output' : `in ${displayPath(options.out)}`}, in ${duration(articles.seconds)}` +
      (failed > 0 ? `; ${plural(failed, 'file')} failed` : '') +
      '\n',
    () => ({
      command: 'export',
      format: options.format,
      out: options.out ?? null,
      articles: articles.files - failed,
      failed,
      failures: articles.failures,
      nodes: { total: batch.nodes.length, ...nodes },
      relationships: batch.edges.length,
      bytes,
      seconds: Number(articles.seconds.toFixed(3)),
      threads: extractionThreads({ jobs: options.jobs, total: articles.total }),
    }),
  );
  return failed > 0 ? 1 : 0;
}

const HELP = {
  examples: [
    'cadregraph export --format cypher --out graph.cypher articles/',
    'cypher-shell -u neo4j -p secret < graph.cypher',
    'cadregraph export --format graphml articles/ > graph.graphml',
    'cadregraph export --format json --json --out graph.json articles/',
    'cadregraph export --format neo4j-csv --out import/ corpus/   # then: neo4j-admin database import full neo4j @import/import.args',
    'cadregraph export --format neo4j-csv --out import/ --graph corpus.graph',
  ],
  notes: `${PATH_HELP}\nThe summary goes to standard output with --out, else to standard error.`,
};

export function exportCommand(): Command {
  const command = new Command('export')
    .summary('write the graph as Cypher, JSON, GraphML or CSV for neo4j-admin, without Neo4j')
    .description(
      "Builds the graph of the articles (the same nodes and relationships 'ingest' writes), or reads a graph file, and writes it without Neo4j.",
    )
    .argument('[PATH...]', 'articles: files, folders, or - for standard input (or --graph FILE)')
    .addOption(
      new Option('-f, --format <format>', 'cypher: a MERGE script for cypher-shell or Neo4j Browser (running it twice gives the same graph); json: {"nodes": [...], "edges": [...]}; graphml: for Gephi and other graph tools; neo4j-csv: CSV files for neo4j-admin database import full, the fast first load of a large corpus into an empty database (--out names the folder; docs/bulk-import.md)')
        .choices(FORMATS)
        .makeOptionMandatory(),
    )
    .addOption(new Option('-o, --out <file>', 'write to FILE (a folder for neo4j-csv) instead of standard output'))
    .addOption(new Option('--graph <file>', "export a graph file built by 'cadregraph ingest --graph FILE' (read as it is written out)"));
  return articleCommand<ExportOptions>(command, HELP, run);
}
