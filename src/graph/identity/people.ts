// Resolved clusters → the read model the API and Neo4j Browser see: a Person node
// per cluster with HOLDS → Position, a role relationship to each Event and MENTIONS
// from each Article, all with the provenance of the mentions they come from; beside
// it, REFERS_TO from each Mention to its person and SAME_AS between the mentions the
// links joined, carrying the rule and the reason.

import { createHash } from 'node:crypto';
import {
  edgeId,
  mergeAllEdges,
  ROLE_EDGE,
  type GraphBatch,
  type GraphEdge,
  type HoldsProps,
  type NodeRef,
  type PersonNode,
} from '../model.js';
import { searchKey } from '../../vietnam/text.js';
import { profileText, type Mention, type PostFact } from './mention.js';
import { depthOf, knownUnit } from './places.js';
import { compareMentions, type Cluster } from './resolve.js';

/** Bumped when the rules change what a cluster yields, so every person is rewritten once. */
export const RESOLUTION_VERSION = 1;

/** A digest of everything the person's node and relationships are made of. */
export function clusterSignature(cluster: Cluster): string {
  const hash = createHash('sha256');
  hash.update(`v${RESOLUTION_VERSION}\n`);
  for (const m of cluster.mentions) hash.update(`${m.key}\n${m.date ?? ''}\n${profileText(m.profile)}\n`);
  for (const l of cluster.links) hash.update(`${l.from}\n${l.to}\n${l.rule}\n${l.reason}\n`);
  return hash.digest('hex').slice(0, 24);
}

/** Where the person last worked: the most specific current post of their latest located mention. */
export function jurisdictionOf(mentions: readonly Mention[]): string {
  const dated = mentions.filter((m) => m.date !== null).sort(compareMentions).reverse();
  const latestFirst = [...dated, ...mentions.filter((m) => m.date === null).sort(compareMentions)];
  for (const m of latestFirst) {
    const located = m.profile.posts.filter((p) => p.place !== null && knownUnit(p.units[0]) !== undefined);
    const current = located.filter((p) => !p.former);
    const considered = current.length > 0 ? current : located;
    if (considered.length === 0) continue;
    const depth = (p: PostFact): number => depthOf(knownUnit(p.units[0])?.level ?? '');
    const best = considered.reduce((a, b) => (depth(b) > depth(a) || (depth(b) === depth(a) && (b.units[0] ?? '') < (a.units[0] ?? '')) ? b : a));
    return best.place ?? '';
  }
  return mentions.some((m) => m.profile.posts.some((p) => p.central)) ? 'Trung ương' : '';
}

/** The display name: the founding mention's. */
function personNode(cluster: Cluster, signature: string): PersonNode {
  const founder = cluster.mentions.find((m) => m.key === cluster.key) ?? cluster.mentions[0]!;
  return {
    label: 'Person',
    key: cluster.key,
    props: {
      name: founder.name,
      caption: founder.name,
      search: searchKey(founder.name),
      jurisdiction: jurisdictionOf(cluster.mentions),
      block: founder.block,
      mentions: cluster.mentions.length,
      signature,
    },
  };
}

function holds(m: Mention, post: PostFact): HoldsProps {
  return {
    articles: [m.article],
    evidence: [...post.evidence].sort(),
    former: post.former,
    firstSeen: m.date,
    lastSeen: m.date,
    currentFrom: post.former ? null : m.date,
    currentTo: post.former ? null : m.date,
    formerFrom: post.former ? m.date : null,
  };
}

/** One person's node and every relationship resolution owns for them; the signature when it is already computed. */
export function personBatch(cluster: Cluster, signature = clusterSignature(cluster)): GraphBatch {
  return { nodes: [personNode(cluster, signature)], edges: personEdges(cluster) };
}

/** Every relationship resolution owns for one person (personBatch without the node). */
export function personEdges(cluster: Cluster): GraphEdge[] {
  const ref: NodeRef = { label: 'Person', key: cluster.key };
  // Each relationship's parts (one per mention that gives it), merged at the end: the PM's HOLDS has hundreds.
  const edges = new Map<string, GraphEdge[]>();
  const add = (e: GraphEdge): void => {
    const id = edgeId(e);
    const parts = edges.get(id);
    if (parts === undefined) edges.set(id, [e]);
    else parts.push(e);
  };
  for (const m of cluster.mentions) {
    const source = { articles: [m.article], evidence: [] };
    add({ type: 'REFERS_TO', from: { label: 'Mention', key: m.key }, to: ref, props: source });
    add({ type: 'MENTIONS', from: { label: 'Article', key: m.article }, to: ref, props: source });
    for (const post of m.profile.posts) add({ type: 'HOLDS', from: ref, to: { label: 'Position', key: post.position }, props: holds(m, post) });
    for (const r of m.profile.roles) {
      add({ type: ROLE_EDGE[r.role], from: ref, to: { label: 'Event', key: r.event }, props: { articles: [m.article], evidence: [...r.evidence].sort() } });
    }
  }
  const articleOf = new Map(cluster.mentions.map((m) => [m.key, m.article]));
  for (const l of cluster.links) {
    const articles = [...new Set([articleOf.get(l.from) ?? '', articleOf.get(l.to) ?? ''])].sort();
    add({ type: 'SAME_AS', from: { label: 'Mention', key: l.from }, to: { label: 'Mention', key: l.to }, props: { articles, evidence: [], rule: l.rule, reason: l.reason } });
  }
  return [...edges.values()].map(mergeAllEdges);
}
