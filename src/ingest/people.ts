// The resolution stage of ingestion: after a batch of articles is written, the
// blocks (names) it touched are resolved again from every stored mention of those
// names, and the people that changed are rewritten (src/graph/identity). Typed
// against the GraphStore interface, so both stores run the same stage.

import { blocksOf, personEdges, planPeople, type Doubt, type Judgement, type VerdictCache } from '../graph/identity/index.js';
import { edgeId, type GraphNode } from '../graph/model.js';
import type { GraphStore, PeopleWriteSummary } from '../store/store.js';

/** Blocks resolved per round trip: a bound on the mentions held at once. */
const BLOCKS_PER_ROUND = 5000;

export interface PeopleOutcome extends PeopleWriteSummary {
  /** The keys of the people deleted, and then of those created (a person's key is in their block: the stored people of the blocks say which existed). */
  removedPeople: string[];
  createdPeople: string[];
  /** People resolution found in the blocks, changed or not. */
  people: number;
  /** People already stored as they are. */
  unchanged: number;
  doubts: Doubt[];
  /** For each person of the blocks, their mentions, and which of those were resolved before (had a person). */
  clusters: Array<{ key: string; mentions: string[]; resolvedBefore: number }>;
  /** The ids of every relationship the blocks' people have now, rewritten or not. */
  relationships: string[];
}

/** Resolves these blocks from the store's mentions and rewrites the people that changed; `verdicts` as in planPeople. */
export async function resolvePeople(
  store: GraphStore,
  blocks: readonly string[],
  judgements: readonly Judgement[] = [],
  verdicts?: VerdictCache,
): Promise<PeopleOutcome> {
  const outcome: PeopleOutcome = {
    removed: 0,
    written: 0,
    removedPeople: [],
    createdPeople: [],
    deletedRelationships: [],
    createdRelationships: [],
    people: 0,
    unchanged: 0,
    doubts: [],
    clusters: [],
    relationships: [],
  };
  for (let i = 0; i < blocks.length; i += BLOCKS_PER_ROUND) {
    const round = blocks.slice(i, i + BLOCKS_PER_ROUND);
    const stored = await store.mentionsOf(round);
    const storedPeople = await store.storedPeople(round);
    const plan = planPeople(
      stored.map((s) => s.mention),
      storedPeople,
      judgements,
      verdicts,
    );
    const written = await store.replacePeople(plan.remove, plan.write);
    const before = new Map(stored.map((s) => [s.mention.key, s.person]));
    const existed = new Set(storedPeople.map((p) => p.key));
    outcome.removed += written.removed;
    outcome.written += written.written;
    outcome.removedPeople.push(...plan.remove);
    outcome.createdPeople.push(...plan.write.nodes.filter((n) => !existed.has(n.key)).map((n) => n.key));
    outcome.deletedRelationships.push(...written.deletedRelationships);
    outcome.createdRelationships.push(...written.createdRelationships);
    outcome.people += plan.clusters.length;
    outcome.unchanged += plan.unchanged;
    outcome.doubts.push(...plan.doubts);
    const rewritten = new Set(plan.write.nodes.map((n) => n.key));
    outcome.relationships.push(...plan.write.edges.map(edgeId));
    for (const c of plan.clusters) {
      if (!rewritten.has(c.key)) outcome.relationships.push(...personEdges(c).map(edgeId));
      const mentions = c.mentions.map((m) => m.key);
      outcome.clusters.push({ key: c.key, mentions, resolvedBefore: mentions.filter((m) => (before.get(m) ?? null) !== null).length });
    }
  }
  return outcome;
}

/**
 * Resolves the blocks of the mentions among these nodes (what a batch just written
 * touched). `verdicts`, kept from one batch to the next, first forgets the blocks of
 * mentions written again, whose verdicts may have changed with them.
 */
export async function resolveWritten(
  store: GraphStore,
  nodes: readonly GraphNode[],
  judgements: readonly Judgement[] = [],
  verdicts?: VerdictCache,
): Promise<PeopleOutcome> {
  verdicts?.forget(nodes.flatMap((n) => (n.label === 'Mention' ? [{ key: n.key, block: n.props.block }] : [])));
  return resolvePeople(store, blocksOf(nodes), judgements, verdicts);
}
