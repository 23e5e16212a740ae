// How resolution numbers the pairs of a block's mentions, and the pieces a batch's
// resolution reuses instead of computing twice: a cluster's signature and a stored
// profile's JSON.
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../src/graph/build.js';
import {
  clusterSignature,
  mentionNode,
  mentionOf,
  mentionsIn,
  personBatch,
  personEdges,
  profileText,
  resolveMentions,
} from '../../src/graph/identity/index.js';
import { pairCount, pairIndex } from '../../src/graph/identity/pairs.js';
import { CASES, recordsOf } from './cases.js';

describe('pairIndex', () => {
  it('numbers the pairs of n indices 0…n(n-1)/2-1, once each, either order, those of the first k first', () => {
    const n = 67;
    const seen = new Set<number>();
    for (let j = 1; j < n; j += 1) {
      for (let i = 0; i < j; i += 1) {
        const at = pairIndex(i, j);
        expect(pairIndex(j, i)).toBe(at);
        expect(at).toBeLessThan(pairCount(j + 1));
        seen.add(at);
      }
    }
    expect(seen.size).toBe(pairCount(n));
    expect(Math.max(...seen)).toBe(pairCount(n) - 1);
  });
});

function mentionsOfCases() {
  const builder = new GraphBuilder();
  for (const c of CASES) for (const r of recordsOf(c)) builder.add(r);
  return mentionsIn(builder.batch().nodes);
}

describe('what resolution reuses', () => {
  it('a stored profile written out again is the text it was read from', () => {
    for (const m of mentionsOfCases()) {
      const node = mentionNode(m);
      const read = mentionOf(node);
      expect(profileText(read.profile)).toBe(node.props.profile);
      expect(profileText(read.profile)).toBe(JSON.stringify(read.profile));
    }
  });

  it('personBatch with the signature given is personBatch computing it, and its edges are personEdges', () => {
    const { clusters } = resolveMentions(mentionsOfCases());
    expect(clusters.length).toBeGreaterThan(5);
    for (const c of clusters) {
      expect(personBatch(c, clusterSignature(c))).toEqual(personBatch(c));
      expect(personEdges(c)).toEqual(personBatch(c).edges);
    }
  });
});
