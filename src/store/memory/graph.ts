// The embedded store's data: one graphology multigraph holding exactly the nodes and
// relationships of the batches (keyed by model.ts's nodeId / edgeId, merged by its
// merge rules), plus an undirected projection of what a connection path may walk.

import { MultiDirectedGraph, UndirectedGraph } from 'graphology';
import {
  edgeId,
  mergeEdges,
  mergeNodes,
  nodeId,
  NODE_LABELS,
  type EdgeType,
  type GraphBatch,
  type GraphEdge,
  type GraphNode,
  type NodeLabel,
} from '../../graph/model.js';
import { emptyWriteSummary, PATH_EDGE_TYPES, PATH_LABELS, type WriteSummary } from '../store.js';

export type EdgeAttrs = GraphEdge;

const PATH_TYPES = new Set<EdgeType>(PATH_EDGE_TYPES);
const PATH_NODE_LABELS = new Set<NodeLabel>(PATH_LABELS);

export class MemoryGraph {
  readonly graph = new MultiDirectedGraph<GraphNode, EdgeAttrs>();
  readonly paths = new UndirectedGraph();
  private byLabel = new Map<NodeLabel, Set<string>>(NODE_LABELS.map((l) => [l, new Set<string>()]));
  /** Mention and Person node ids by block (name key): what resolution reads. */
  private readonly byBlock = new Map<string, Set<string>>();
  /** Bumped on every write, so caches of sorted lists know they are stale. */
  version = 0;

  write(batch: GraphBatch): WriteSummary {
    this.version += 1;
    const summary = emptyWriteSummary();
    summary.nodes = batch.nodes.length;
    summary.relationships = batch.edges.length;
    for (const n of batch.nodes) {
      const id = nodeId(n);
      const seen = this.graph.hasNode(id) ? this.graph.getNodeAttributes(id) : undefined;
      if (seen === undefined) {
        this.addNode(id, n);
        summary.created.nodes[n.label] += 1;
      } else {
        this.graph.replaceNodeAttributes(id, mergeNodes(seen, n));
      }
    }
    for (const e of batch.edges) {
      const key = edgeId(e);
      const from = nodeId(e.from);
      const to = nodeId(e.to);
      if (!this.graph.hasNode(from) || !this.graph.hasNode(to)) {
        throw new Error(`memory store write: expected ${e.type} to join nodes already written, got ${from} → ${to}`);
      }
      if (this.graph.hasEdge(key)) {
        this.graph.replaceEdgeAttributes(key, mergeEdges(this.graph.getEdgeAttributes(key), e));
      } else {
        this.addEdge(key, e);
        summary.created.relationships[e.type] += 1;
      }
    }
    return summary;
  }

  private addNode(id: string, n: GraphNode): void {
    this.graph.addNode(id, n);
    this.byLabel.get(n.label)?.add(id);
    if (n.label === 'Mention' || n.label === 'Person') {
      const ids = this.byBlock.get(n.props.block);
      if (ids === undefined) this.byBlock.set(n.props.block, new Set([id]));
      else ids.add(id);
    }
  }

  private addEdge(key: string, e: GraphEdge): void {
    const from = nodeId(e.from);
    const to = nodeId(e.to);
    this.graph.addDirectedEdgeWithKey(key, from, to, e);
    if (PATH_TYPES.has(e.type) && PATH_NODE_LABELS.has(e.from.label) && PATH_NODE_LABELS.has(e.to.label) && from !== to) {
      this.paths.mergeNode(from);
      this.paths.mergeNode(to);
      this.paths.mergeEdge(from, to);
    }
  }

  /** Drops a relationship, and its step in the path projection when no other relationship makes it. */
  dropEdge(key: string): void {
    const from = this.graph.source(key);
    const to = this.graph.target(key);
    this.graph.dropEdge(key);
    if (!this.paths.hasEdge(from, to)) return;
    if (!this.between(from, to).some((e) => PATH_TYPES.has(e.type))) this.paths.dropEdge(from, to);
  }

  /** Drops a node with its relationships. */
  dropNode(id: string): void {
    this.version += 1;
    const n = this.graph.getNodeAttributes(id);
    this.graph.dropNode(id);
    if (this.paths.hasNode(id)) this.paths.dropNode(id);
    this.byLabel.get(n.label)?.delete(id);
    if (n.label === 'Mention' || n.label === 'Person') this.byBlock.get(n.props.block)?.delete(id);
  }

  /**
   * Writes a node's properties as given (no merge), and its relationships of these
   * types to exactly `edges`: the ones not among them are dropped, the others written as given.
   */
  replace(node: GraphNode, types: ReadonlySet<EdgeType>, edges: readonly GraphEdge[]): { created: boolean; createdEdges: number } {
    this.version += 1;
    const id = nodeId(node);
    const created = !this.graph.hasNode(id);
    if (created) this.addNode(id, node);
    else this.graph.replaceNodeAttributes(id, node);
    const keep = new Set(edges.map(edgeId));
    for (const key of this.graph.edges(id)) {
      if (types.has(this.graph.getEdgeAttributes(key).type) && !keep.has(key)) this.dropEdge(key);
    }
    let createdEdges = 0;
    for (const e of edges) createdEdges += this.put(e) ? 1 : 0;
    return { created, createdEdges };
  }

  /** Writes a relationship's properties as given (no merge); true when it is new. */
  put(e: GraphEdge): boolean {
    this.version += 1;
    const key = edgeId(e);
    if (this.graph.hasEdge(key)) {
      this.graph.replaceEdgeAttributes(key, e);
      return false;
    }
    this.addEdge(key, e);
    return true;
  }

  /** Mention or Person node ids of a block. */
  inBlock(block: string): string[] {
    return [...(this.byBlock.get(block) ?? [])];
  }

  blocks(): string[] {
    return [...this.byBlock.keys()];
  }

  clear(): void {
    this.version += 1;
    this.graph.clear();
    this.paths.clear();
    for (const ids of this.byLabel.values()) ids.clear();
    this.byBlock.clear();
  }

  ids(label: NodeLabel): ReadonlySet<string> {
    return this.byLabel.get(label) ?? new Set();
  }

  node(label: NodeLabel, key: string): GraphNode | undefined {
    const id = nodeId({ label, key });
    return this.graph.hasNode(id) ? this.graph.getNodeAttributes(id) : undefined;
  }

  attrs(id: string): GraphNode {
    return this.graph.getNodeAttributes(id);
  }

  /** Relationships of one type leaving a node. */
  out(id: string, type: EdgeType): { edge: EdgeAttrs; other: string }[] {
    const found: { edge: EdgeAttrs; other: string }[] = [];
    this.graph.forEachOutEdge(id, (_k, attrs, _s, target) => {
      if (attrs.type === type) found.push({ edge: attrs, other: target });
    });
    return found;
  }

  /** Relationships of one type arriving at a node. */
  in(id: string, type: EdgeType): { edge: EdgeAttrs; other: string }[] {
    const found: { edge: EdgeAttrs; other: string }[] = [];
    this.graph.forEachInEdge(id, (_k, attrs, source) => {
      if (attrs.type === type) found.push({ edge: attrs, other: source });
    });
    return found;
  }

  /** Relationships between two nodes in either direction. */
  between(a: string, b: string): EdgeAttrs[] {
    return [...this.graph.edges(a, b), ...this.graph.edges(b, a)].map((k) => this.graph.getEdgeAttributes(k));
  }
}
