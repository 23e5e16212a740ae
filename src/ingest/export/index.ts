// Writers of a built graph for use without Neo4j: a Cypher script (the same MERGE
// statements the Neo4j store runs, rows given as literals, schema first), a JSON
// graph, and GraphML for Gephi. Each writer yields its text in pieces of a line or
// a statement, so a large graph is written out without ever being one string.
import type { GraphBatch, GraphEdge, GraphNode } from '../../graph/model.js';
import { nodeId, edgeId } from '../../graph/model.js';
import { groupBatch } from '../../graph/rows.js';
import { mergeNodeRows, mergeRelationshipRows, schemaStatements } from '../../store/neo4j/cypher.js';
import { cypherLiteral } from './cypher-literal.js';

export const EXPORT_FORMATS = ['cypher', 'json', 'graphml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const ROWS_PER_STATEMENT = 500;
const UNWIND = 'UNWIND $rows AS row';

/** A script of `;`-terminated statements, one per line; running it twice gives the same graph. */
export function* cypherScriptLines(batch: GraphBatch): Generator<string> {
  yield '// cadregraph graph export: constraints and indexes, then MERGE of nodes and relationships.\n';
  for (const s of schemaStatements()) yield `${s.cypher};\n`;
  const { nodes, edges } = groupBatch(batch);
  const line = (statement: { cypher: string }, rows: unknown[]): string => {
    if (!statement.cypher.startsWith(UNWIND)) throw new Error('export: expected an UNWIND $rows statement');
    return `UNWIND ${cypherLiteral(rows)} AS row${statement.cypher.slice(UNWIND.length)};\n`;
  };
  for (const g of nodes) {
    for (let i = 0; i < g.rows.length; i += ROWS_PER_STATEMENT) {
      const rows = g.rows.slice(i, i + ROWS_PER_STATEMENT);
      yield line(mergeNodeRows(g, rows), rows);
    }
  }
  for (const g of edges) {
    for (let i = 0; i < g.rows.length; i += ROWS_PER_STATEMENT) {
      const rows = g.rows.slice(i, i + ROWS_PER_STATEMENT);
      yield line(mergeRelationshipRows(g, rows), rows);
    }
  }
}

/** {"nodes": [...], "edges": [...]}, one node or edge per line. */
export function* jsonLines(batch: GraphBatch): Generator<string> {
  yield '{"nodes": [\n';
  for (let i = 0; i < batch.nodes.length; i++) yield `${JSON.stringify(batch.nodes[i])}${i < batch.nodes.length - 1 ? ',' : ''}\n`;
  yield '], "edges": [\n';
  for (let i = 0; i < batch.edges.length; i++) yield `${JSON.stringify(batch.edges[i])}${i < batch.edges.length - 1 ? ',' : ''}\n`;
  yield ']}\n';
}

function xml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c)
    // XML 1.0 cannot hold most control characters at all.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
}

type Attr = { name: string; type: 'string' | 'double' | 'boolean' };

function attrsOf(items: readonly (GraphNode | GraphEdge)[]): Attr[] {
  const found = new Map<string, Attr['type']>();
  for (const item of items) {
    for (const [k, v] of Object.entries(item.props)) {
      if (v === null || v === undefined) continue;
      const type = typeof v === 'number' ? 'double' : typeof v === 'boolean' ? 'boolean' : 'string';
      if (!found.has(k)) found.set(k, type);
    }
  }
  return [...found].map(([name, type]) => ({ name, type }));
}

function value(v: unknown): string {
  return Array.isArray(v) ? v.join(' | ') : String(v);
}

function dataLines(prefix: string, props: object): string {
  let out = '';
  for (const [k, v] of Object.entries(props)) if (v !== null && v !== undefined) out += `      <data key="${prefix}_${xml(k)}">${xml(value(v))}</data>\n`;
  return out;
}

/** GraphML with every property as a data key (lists joined with " | "); labels and types as `label`/`type`. */
export function* graphmlLines(batch: GraphBatch): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n';
  yield '  <key id="label" for="node" attr.name="label" attr.type="string"/>\n';
  yield '  <key id="key" for="node" attr.name="key" attr.type="string"/>\n';
  yield '  <key id="type" for="edge" attr.name="type" attr.type="string"/>\n';
  for (const a of attrsOf(batch.nodes)) yield `  <key id="n_${xml(a.name)}" for="node" attr.name="${xml(a.name)}" attr.type="${a.type}"/>\n`;
  for (const a of attrsOf(batch.edges)) yield `  <key id="e_${xml(a.name)}" for="edge" attr.name="${xml(a.name)}" attr.type="${a.type}"/>\n`;
  yield '  <graph id="cadregraph" edgedefault="directed">\n';
  for (const n of batch.nodes) {
    yield `    <node id="${xml(nodeId(n))}"><data key="label">${n.label}</data><data key="key">${xml(n.key)}</data>\n${dataLines('n', n.props)}    </node>\n`;
  }
  for (const e of batch.edges) {
    yield `    <edge id="${xml(edgeId(e))}" source="${xml(nodeId(e.from))}" target="${xml(nodeId(e.to))}"><data key="type">${e.type}</data>\n${dataLines('e', e.props)}    </edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}

/** The export of a graph in a format, piece by piece. */
export function exportLines(batch: GraphBatch, format: ExportFormat): Generator<string> {
  return format === 'cypher' ? cypherScriptLines(batch) : format === 'json' ? jsonLines(batch) : graphmlLines(batch);
}

/** The whole export as one string (for small graphs and tests). */
export function exportGraph(batch: GraphBatch, format: ExportFormat): string {
  return [...exportLines(batch, format)].join('');
}
