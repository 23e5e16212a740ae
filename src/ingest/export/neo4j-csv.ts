// CSV files for Neo4j's bulk loader, `neo4j-admin database import full`: the first
// load of a large corpus into an empty database, far faster than transactions.
// One node file per label (`key:ID(Label)`, so keys are unique per label as the
// constraints say) and one relationship file per (type, start label, end label),
// with the same ids and properties that the Neo4j store's MERGE writes give. The
// graph must be merged already (one row per node and per relationship): a graph
// file built by `ingest --graph` is, and so is a batch from one GraphBuilder.
// Headers come from a first pass over the rows, so every property is carried.
// An empty list property (provenance of OF, PART_OF, IN) is left out: CSV cannot
// hold an empty array, and the store reads a missing list as empty.
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import { DATE_PROPERTIES, type GraphEdge, type GraphNode } from '../../graph/model.js';

/** Separates the items of a list property; a value holding it is refused. */
export const ARRAY_DELIMITER = '\u001f';

export interface GraphSource {
  /** Fresh iterables each call: the writer reads them twice (headers, then rows). */
  nodes(): Iterable<GraphNode>;
  edges(): Iterable<GraphEdge>;
}

export interface CsvImport {
  /** The files written, as neo4j-admin's --nodes and --relationships arguments expect them. */
  nodes: string[];
  relationships: string[];
  /** The neo4j-admin arguments after `database import full <database>`. */
  args: string[];
  rows: { nodes: number; relationships: number };
}

type CsvType = 'string' | 'date' | 'long' | 'double' | 'boolean' | 'string[]';

function typeOf(value: unknown, property: string): CsvType | null {
  if (value === null || value === undefined) return null;
  // A date property (model.ts DATE_PROPERTIES) is a DATE, as the transactional writes store it.
  if (typeof value === 'string' && DATE_PROPERTIES.has(property)) return 'date';
  if (Array.isArray(value)) return value.length === 0 ? null : 'string[]';
  // A whole number is an INTEGER, as the transactional writes send it (an event's ordinal).
  if (typeof value === 'number') return Number.isSafeInteger(value) ? 'long' : 'double';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}

function field(value: unknown, where: string): string {
  if (value === null || value === undefined) return '';
  let text: string;
  if (Array.isArray(value)) {
    // No items: no property (CSV has no empty array; the store reads a missing list as empty).
    if (value.length === 0) return '';
    const items = value.map(String);
    if (items.some((s) => s.includes(ARRAY_DELIMITER))) throw new Error(`neo4j-csv: ${where}: a list item holds the array delimiter U+001F`);
    text = items.join(ARRAY_DELIMITER);
  } else {
    text = String(value);
  }
  return /[",\r\n]/.test(text) || text === '' ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV file with a fixed column list, written through a stream with backpressure. */
class CsvFile {
  private readonly out: WriteStream;
  rows = 0;
  constructor(readonly path: string, header: string[]) {
    this.out = createWriteStream(path, { encoding: 'utf8' });
    this.out.write(header.join(',') + '\n');
  }
  async write(fields: string[]): Promise<void> {
    this.rows += 1;
    if (!this.out.write(fields.join(',') + '\n')) await once(this.out, 'drain');
  }
  async close(): Promise<void> {
    this.out.end();
    await once(this.out, 'finish');
  }
}

function columns(props: Iterable<object>): Map<string, CsvType> {
  const found = new Map<string, CsvType>();
  for (const p of props) {
    for (const [k, v] of Object.entries(p)) {
      const t = typeOf(v, k);
      const had = found.get(k);
      // A column of whole numbers with one fraction among them is a column of doubles.
      if (t !== null && (had === undefined || (had === 'long' && t === 'double'))) found.set(k, t);
    }
  }
  return found;
}

const safe = (s: string) => s.replace(/[^A-Za-z0-9_]/g, '_');

/** Writes the graph as CSV files under `dir` for neo4j-admin. */
export async function writeNeo4jCsv(graph: GraphSource, dir: string): Promise<CsvImport> {
  await mkdir(dir, { recursive: true });
  // First pass: the columns of each file.
  const nodeColumns = new Map<string, Map<string, CsvType>>();
  for (const n of graph.nodes()) {
    const cols = nodeColumns.get(n.label) ?? new Map<string, CsvType>();
    for (const [k, t] of columns([n.props])) if (!cols.has(k)) cols.set(k, t);
    nodeColumns.set(n.label, cols);
  }
  const groupOf = (e: GraphEdge) => `${e.type}|${e.from.label}|${e.to.label}`;
  const edgeColumns = new Map<string, Map<string, CsvType>>();
  for (const e of graph.edges()) {
    const cols = edgeColumns.get(groupOf(e)) ?? new Map<string, CsvType>();
    for (const [k, t] of columns([e.props])) if (!cols.has(k)) cols.set(k, t);
    edgeColumns.set(groupOf(e), cols);
  }
  // Second pass: the rows.
  const nodeFiles = new Map<string, { file: CsvFile; cols: string[] }>();
  for (const [label, cols] of nodeColumns) {
    const names = [...cols.keys()].filter((k) => k !== 'key');
    const header = [`key:ID(${label})`, ...names.map((k) => `${k}:${cols.get(k)}`), ':LABEL'];
    nodeFiles.set(label, { file: new CsvFile(join(dir, `nodes-${safe(label)}.csv`), header), cols: names });
  }
  for (const n of graph.nodes()) {
    const f = nodeFiles.get(n.label);
    if (f === undefined) continue;
    const props = n.props as unknown as Record<string, unknown>;
    await f.file.write([field(n.key, n.label), ...f.cols.map((k) => field(props[k], `${n.label} ${n.key}`)), n.label]);
  }
  const edgeFiles = new Map<string, { file: CsvFile; cols: string[] }>();
  for (const [group, cols] of edgeColumns) {
    const [type, from, to] = group.split('|');
    const names = [...cols.keys()];
    const header = [`:START_ID(${from})`, `:END_ID(${to})`, ...names.map((k) => `${k}:${cols.get(k)}`), ':TYPE'];
    edgeFiles.set(group, { file: new CsvFile(join(dir, `relationships-${safe(type ?? '')}-${safe(from ?? '')}-${safe(to ?? '')}.csv`), header), cols: names });
  }
  for (const e of graph.edges()) {
    const f = edgeFiles.get(groupOf(e));
    if (f === undefined) continue;
    const props = e.props as unknown as Record<string, unknown>;
    const where = `${e.type} ${e.from.key} → ${e.to.key}`;
    await f.file.write([field(e.from.key, where), field(e.to.key, where), ...f.cols.map((k) => field(props[k], where)), e.type]);
  }
  const nodes = [...nodeFiles.values()];
  const relationships = [...edgeFiles.values()];
  for (const f of [...nodes, ...relationships]) await f.file.close();
  return {
    nodes: nodes.map((f) => f.file.path),
    relationships: relationships.map((f) => f.file.path),
    args: [
      ...nodes.map((f) => `--nodes=${f.file.path}`),
      ...relationships.map((f) => `--relationships=${f.file.path}`),
      // Unicode notation: a raw control character would not survive neo4j-admin's argument file.
      `--array-delimiter=U+${ARRAY_DELIMITER.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`,
      '--multiline-fields=true',
    ],
    rows: { nodes: nodes.reduce((s, f) => s + f.file.rows, 0), relationships: relationships.reduce((s, f) => s + f.file.rows, 0) },
  };
}
