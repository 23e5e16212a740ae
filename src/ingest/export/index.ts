// Writers of a built graph for use without Neo4j: a Cypher script (the same MERGE
// statements the Neo4j store runs, rows given as literals, schema first), a JSON
// graph, and GraphML for Gephi.
import type { GraphBatch, GraphEdge, GraphNode } from '../../graph/model.js';
import { nodeId, edgeId } from '../../graph/model.js';
import { groupBatch } from '../../graph/rows.js';
import { mergeNodeRows, mergeRelationshipRows, schemaStatements } from '../../store/neo4j/cypher.js';
import { cypherLiteral } from './cypher-literal.js';

export const EXPORT_FORMATS = ['cypher', 'json', 'graphml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const ROWS_PER_STATEMENT = 500;
const UNWIND = 'UNWIND $rows AS row';

/** A script of `;`-terminated statements; running it twice gives the same graph. */
export function toCypherScript(batch: GraphBatch): string {
  const lines: string[] = ['// cadregraph graph export: constraints and indexes, then MERGE of nodes and relationships.'];
  for (const s of schemaStatements()) lines.push(`${s.cypher};`);
  const { nodes, edges } = groupBatch(batch);
  const emit = (statement: { cypher: string }, rows: unknown[]): void => {
    if (!statement.cypher.startsWith(UNWIND)) throw new Error('export: expected an UNWIND $rows statement');
    lines.push(`UNWIND ${cypherLiteral(rows)} AS row${statement.cypher.slice(UNWIND.length)};`);
  };
  for (const g of nodes) {
    for (let i = 0; i < g.rows.length; i += ROWS_PER_STATEMENT) {
      const rows = g.rows.slice(i, i + ROWS_PER_STATEMENT);
      emit(mergeNodeRows(g, rows), rows);
    }
  }
  for (const g of edges) {
    for (let i = 0; i < g.rows.length; i += ROWS_PER_STATEMENT) {
      const rows = g.rows.slice(i, i + ROWS_PER_STATEMENT);
      emit(mergeRelationshipRows(g, rows), rows);
    }
  }
  return lines.join('\n') + '\n';
}

export function toJson(batch: GraphBatch): string {
  return JSON.stringify({ nodes: batch.nodes, edges: batch.edges }, null, 1) + '\n';
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

/** GraphML with every property as a data key (lists joined with " | "); labels and types as `label`/`type`. */
export function toGraphml(batch: GraphBatch): string {
  const nodeAttrs = attrsOf(batch.nodes);
  const edgeAttrs = attrsOf(batch.edges);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="key" for="node" attr.name="key" attr.type="string"/>',
    '  <key id="type" for="edge" attr.name="type" attr.type="string"/>',
  ];
  for (const a of nodeAttrs) out.push(`  <key id="n_${xml(a.name)}" for="node" attr.name="${xml(a.name)}" attr.type="${a.type}"/>`);
  for (const a of edgeAttrs) out.push(`  <key id="e_${xml(a.name)}" for="edge" attr.name="${xml(a.name)}" attr.type="${a.type}"/>`);
  out.push('  <graph id="cadregraph" edgedefault="directed">');
  for (const n of batch.nodes) {
    out.push(`    <node id="${xml(nodeId(n))}"><data key="label">${n.label}</data><data key="key">${xml(n.key)}</data>`);
    for (const [k, v] of Object.entries(n.props)) if (v !== null && v !== undefined) out.push(`      <data key="n_${xml(k)}">${xml(value(v))}</data>`);
    out.push('    </node>');
  }
  for (const e of batch.edges) {
    out.push(`    <edge id="${xml(edgeId(e))}" source="${xml(nodeId(e.from))}" target="${xml(nodeId(e.to))}"><data key="type">${e.type}</data>`);
    for (const [k, v] of Object.entries(e.props)) if (v !== null && v !== undefined) out.push(`      <data key="e_${xml(k)}">${xml(value(v))}</data>`);
    out.push('    </edge>');
  }
  out.push('  </graph>', '</graphml>');
  return out.join('\n') + '\n';
}

export function exportGraph(batch: GraphBatch, format: ExportFormat): string {
  return format === 'cypher' ? toCypherScript(batch) : format === 'json' ? toJson(batch) : toGraphml(batch);
}
