// A batch grouped the way a database writes it: one list of rows per node label and
// one per (relationship type, start label, end label), so each list can go through a
// single parameterised `UNWIND $rows AS row MERGE …` whose labels are fixed in the
// statement. Node properties come without nulls (a null in `SET n += props` would
// erase a known value; see mergeNodeRows in store/neo4j/cypher.ts).

import { nonNullProps, type EdgeType, type GraphBatch, type GraphEdge, type NodeLabel } from './model.js';

export interface NodeRows {
  label: NodeLabel;
  rows: { key: string; props: Record<string, unknown> }[];
}

export interface EdgeRows {
  type: EdgeType;
  fromLabel: NodeLabel;
  toLabel: NodeLabel;
  rows: { from: string; to: string; props: GraphEdge['props'] }[];
}

/** Nodes by label and relationships by (type, start label, end label), in first-seen order. */
export function groupBatch(batch: GraphBatch): { nodes: NodeRows[]; edges: EdgeRows[] } {
  const nodes = new Map<NodeLabel, NodeRows>();
  for (const n of batch.nodes) {
    let group = nodes.get(n.label);
    if (group === undefined) {
      group = { label: n.label, rows: [] };
      nodes.set(n.label, group);
    }
    group.rows.push({ key: n.key, props: nonNullProps(n.props) });
  }
  const edges = new Map<string, EdgeRows>();
  for (const e of batch.edges) {
    const id = `${e.type}|${e.from.label}|${e.to.label}`;
    let group = edges.get(id);
    if (group === undefined) {
      group = { type: e.type, fromLabel: e.from.label, toLabel: e.to.label, rows: [] };
      edges.set(id, group);
    }
    group.rows.push({ from: e.from.key, to: e.to.key, props: e.props });
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
