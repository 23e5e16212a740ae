// What an ingest run wrote, for its summary: distinct nodes (by label) and
// relationships, each counted once however many batches touched it, split into
// the ones that did not exist before the run (new) and the ones that did.
//
// Batches only merge, so for what they write the store's count of what it created
// is exact. Resolution deletes people and relationships and may write them again
// later under the same key (a person whose founding mention changed back): for
// those the stores name what they created and deleted, and an item is new when
// the first thing the run did to it was to create it.

import { edgeId, nodeId, NODE_LABELS, type GraphBatch, type NodeLabel } from '../graph/model.js';
import type { WriteSummary } from '../store/store.js';
import { FingerprintFlags } from './fingerprints.js';
import type { PeopleOutcome } from './people.js';

/** Distinct items a run wrote: how many were new to the store and how many it already held. */
export interface NewAndExisting {
  new: number;
  existing: number;
}

type Kind = NodeLabel | 'relationship';

/** The run has met the item (deleted, created or written it). */
const SEEN = 1;
/** The run wrote the item (it counts in the summary). */
const WRITTEN = 2;

function counters(): Record<Kind, number> {
  return Object.fromEntries([...NODE_LABELS, 'relationship'].map((k) => [k, 0])) as Record<Kind, number>;
}

export class Tally {
  private readonly items = new FingerprintFlags();
  private readonly written = counters();
  /** Created by a batch's merge (never deleted, so each at most once). */
  private readonly merged = counters();
  /** Created by resolution, the first thing the run did to them. */
  private readonly born = counters();

  /** A batch written by merging, and what the store says it created. */
  add(batch: GraphBatch, summary: WriteSummary): void {
    for (const n of batch.nodes) this.write(nodeId(n), n.label);
    for (const e of batch.edges) this.write(edgeId(e), 'relationship');
    for (const l of NODE_LABELS) this.merged[l] += summary.created.nodes[l];
    for (const n of Object.values(summary.created.relationships)) this.merged.relationship += n;
  }

  /** Resolution's rewrite of a batch's people: what it deleted, then what it created, then every person and relationship it left. */
  addPeople(people: PeopleOutcome): void {
    for (const key of people.removedPeople) this.items.mark(nodeId({ label: 'Person', key }), SEEN);
    for (const id of people.deletedRelationships) this.items.mark(id, SEEN);
    for (const key of people.createdPeople) this.create(nodeId({ label: 'Person', key }), 'Person');
    for (const id of people.createdRelationships) this.create(id, 'relationship');
    for (const c of people.clusters) this.write(nodeId({ label: 'Person', key: c.key }), 'Person');
    for (const id of people.relationships) this.write(id, 'relationship');
  }

  nodes(): Record<NodeLabel, NewAndExisting> {
    return Object.fromEntries(NODE_LABELS.map((l) => [l, this.split(l)])) as Record<NodeLabel, NewAndExisting>;
  }

  relationships(): NewAndExisting {
    return this.split('relationship');
  }

  private create(id: string, kind: Kind): void {
    if ((this.items.mark(id, SEEN) & SEEN) === 0) this.born[kind] += 1;
  }

  private write(id: string, kind: Kind): void {
    if ((this.items.mark(id, SEEN | WRITTEN) & WRITTEN) === 0) this.written[kind] += 1;
  }

  private split(kind: Kind): NewAndExisting {
    const created = this.merged[kind] + this.born[kind];
    return { new: created, existing: this.written[kind] - created };
  }
}
