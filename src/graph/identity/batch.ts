// Resolution over stored mentions: which blocks a batch touches, and for a set of
// blocks, the people to write, rewrite or remove, given the people stored now. A
// cluster whose key and signature are already stored is left alone, so resolving a
// block again changes nothing unless its mentions or the rules changed.

import type { GraphBatch, GraphNode, MentionNode } from '../model.js';
import { mentionOf, type Mention } from './mention.js';
import { clusterSignature, personBatch } from './people.js';
import { resolveBlock, type Cluster, type Doubt, type Judgement } from './resolve.js';
import type { VerdictCache } from './verdicts.js';

/** The blocks (name keys) of the mentions among these nodes. */
export function blocksOf(nodes: readonly GraphNode[]): string[] {
  const blocks = new Set<string>();
  for (const n of nodes) if (n.label === 'Mention') blocks.add(n.props.block);
  return [...blocks].sort();
}

export function mentionsIn(nodes: readonly GraphNode[]): Mention[] {
  return nodes.filter((n): n is MentionNode => n.label === 'Mention').map(mentionOf);
}

/** Mentions by block, each block's judgements with it. */
function byBlock(mentions: readonly Mention[]): Map<string, Mention[]> {
  const out = new Map<string, Mention[]>();
  for (const m of mentions) {
    const list = out.get(m.block);
    if (list === undefined) out.set(m.block, [m]);
    else list.push(m);
  }
  return out;
}

function merged(batches: readonly GraphBatch[]): GraphBatch {
  return { nodes: batches.flatMap((b) => b.nodes), edges: batches.flatMap((b) => b.edges) };
}

export interface Resolved {
  clusters: Cluster[];
  doubts: Doubt[];
}

/** Resolves every block these mentions fall in; with `verdicts`, the rules' verdicts kept from earlier resolutions are used. */
export function resolveMentions(mentions: readonly Mention[], judgements: readonly Judgement[] = [], verdicts?: VerdictCache): Resolved {
  const clusters: Cluster[] = [];
  const doubts: Doubt[] = [];
  for (const [, block] of [...byBlock(mentions)].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const resolution = resolveBlock(block, judgements, verdicts);
    clusters.push(...resolution.clusters);
    doubts.push(...resolution.doubts);
  }
  return { clusters, doubts };
}

/** The people of all the mentions among these nodes: what an empty store would get. */
export function resolveBatch(nodes: readonly GraphNode[], judgements: readonly Judgement[] = []): GraphBatch {
  return merged(resolveMentions(mentionsIn(nodes), judgements).clusters.map((c) => personBatch(c)));
}

export interface StoredPerson {
  key: string;
  signature: string;
}

export interface PeoplePlan extends Resolved {
  /** Stored people whose cluster is gone: delete them (their mentions now refer to others). */
  remove: string[];
  /** The people to write or rewrite, with every relationship resolution owns for them. */
  write: GraphBatch;
  /** How many clusters were already stored as they are. */
  unchanged: number;
}

/** The change that brings the stored people of these mentions' blocks in line with a fresh resolution. */
export function planPeople(
  mentions: readonly Mention[],
  stored: readonly StoredPerson[],
  judgements: readonly Judgement[] = [],
  verdicts?: VerdictCache,
): PeoplePlan {
  const resolved = resolveMentions(mentions, judgements, verdicts);
  const storedSignature = new Map(stored.map((p) => [p.key, p.signature]));
  const keys = new Set(resolved.clusters.map((c) => c.key));
  const signed = resolved.clusters.map((c) => ({ cluster: c, signature: clusterSignature(c) }));
  const changed = signed.filter(({ cluster, signature }) => storedSignature.get(cluster.key) !== signature);
  return {
    ...resolved,
    remove: stored.map((p) => p.key).filter((k) => !keys.has(k)).sort(),
    write: merged(changed.map(({ cluster, signature }) => personBatch(cluster, signature))),
    unchanged: resolved.clusters.length - changed.length,
  };
}
