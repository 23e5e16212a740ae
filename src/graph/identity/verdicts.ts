// What the rules (rules.ts) say about each pair of a block's mentions, one byte a
// pair: a conflict, or the rule of the best link (if any) and whether the two
// mentions' posts speak against one career. resolve.ts resolves a block from these
// codes and asks the rules again only for the reasons of the links it keeps.
//
// A code is a pure function of two mentions (the one with the smaller key first,
// as resolve.ts orders them), so a VerdictCache can keep a block's codes from one
// resolution to the next: an ingest run resolves a busy name again after every
// batch, and then computes only the pairs of its new mentions. A mention written
// again may have changed, so writing one forgets its block (forget). Judgements are
// not in the codes: resolve.ts lays them over a copy.

import type { Mention } from './mention.js';
import { pairCount, pairIndex } from './pairs.js';
import { conflictBetween, LINK_RULES, verdictBetween } from './rules.js';

/** Two mentions that are never one person. 0 is "not known yet". */
export const CONFLICT = 1;
const DECIDED = 2;

const RULE_INDEX = new Map(LINK_RULES.map((r, i) => [r, i]));

/** The code of a verdict: a link's rule (its index in LINK_RULES; -1 for none) and whether something speaks against one career. */
export function verdictCode(rule: number, against: boolean): number {
  return DECIDED + 2 * (rule + 1) + (against ? 1 : 0);
}

/** The LINK_RULES index of a code's link, -1 for none (and for a conflict). */
export function ruleOfCode(code: number): number {
  return code < DECIDED ? -1 : ((code - DECIDED) >> 1) - 1;
}

/** Whether a code says the two mentions' posts speak against one career. */
export function againstInCode(code: number): boolean {
  return code >= DECIDED && (code & 1) === 1;
}

/** The code of two mentions of one block, the one with the smaller key first. */
export function codeBetween(a: Mention, b: Mention): number {
  if (conflictBetween(a, b) !== null) return CONFLICT;
  const verdict = verdictBetween(a, b);
  return verdictCode(verdict.link === null ? -1 : (RULE_INDEX.get(verdict.link.rule) ?? -1), verdict.against !== null);
}

/** The codes of every pair of one block's mentions, in key order (pairs.ts), all computed. */
export function codesOf(ms: readonly Mention[]): Uint8Array {
  const out = new Uint8Array(pairCount(ms.length));
  for (let j = 1; j < ms.length; j += 1) for (let i = 0; i < j; i += 1) out[pairIndex(i, j)] = codeBetween(ms[i]!, ms[j]!);
  return out;
}

/** One block's codes by slot: a slot per mention key, given in the order first seen. */
interface BlockCodes {
  slots: Map<string, number>;
  codes: Uint8Array;
}

export interface VerdictCacheOptions {
  /** Bytes of codes kept at most over all blocks; the blocks resolved longest ago go first. Default 64 MiB. */
  maxBytes?: number;
  /** Blocks with fewer mentions are not kept: deciding them again costs less than keeping them. Default 16. */
  minMentions?: number;
}

/** A block's codes kept between resolutions (see the header). */
export class VerdictCache {
  /** In the order last used: the first is dropped first. */
  private readonly blocks = new Map<string, BlockCodes>();
  private held = 0;
  private readonly maxBytes: number;
  private readonly minMentions: number;

  constructor(options: VerdictCacheOptions = {}) {
    this.maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
    this.minMentions = options.minMentions ?? 16;
  }

  /** Bytes of codes held now. */
  get bytes(): number {
    return this.held;
  }

  /** The blocks kept now. */
  get size(): number {
    return this.blocks.size;
  }

  /** Forgets the blocks of these mentions when one of them was kept: it was written again and may have changed. */
  forget(mentions: Iterable<{ key: string; block: string }>): void {
    for (const m of mentions) {
      const kept = this.blocks.get(m.block);
      if (kept?.slots.has(m.key)) this.drop(m.block, kept);
    }
  }

  /** The codes of every pair of one block's mentions, in key order (pairs.ts): computed only for pairs not kept. */
  codesOf(ms: readonly Mention[]): Uint8Array {
    const kept = this.keep(ms);
    if (kept === undefined) return codesOf(ms);
    const out = new Uint8Array(pairCount(ms.length));
    const slot = ms.map((m) => kept.slots.get(m.key)!);
    for (let j = 1; j < ms.length; j += 1) {
      for (let i = 0; i < j; i += 1) {
        const at = pairIndex(slot[i]!, slot[j]!);
        let code = kept.codes[at]!;
        if (code === 0) {
          code = codeBetween(ms[i]!, ms[j]!);
          kept.codes[at] = code;
        }
        out[pairIndex(i, j)] = code;
      }
    }
    return out;
  }

  /** The block's kept codes, grown to slot every mention; undefined when it is too small or too large to keep. */
  private keep(ms: readonly Mention[]): BlockCodes | undefined {
    const block = ms[0]?.block;
    if (block === undefined || ms.length < this.minMentions) return undefined;
    const kept = this.blocks.get(block) ?? { slots: new Map<string, number>(), codes: new Uint8Array(0) };
    this.drop(block, kept);
    for (const m of ms) if (!kept.slots.has(m.key)) kept.slots.set(m.key, kept.slots.size);
    const needed = pairCount(kept.slots.size);
    if (needed > this.maxBytes) return undefined;
    if (needed > kept.codes.length) {
      // Room for twice the mentions, so a growing block is copied a few times, not once a batch.
      const grown = new Uint8Array(Math.min(this.maxBytes, pairCount(2 * kept.slots.size)));
      grown.set(kept.codes);
      kept.codes = grown;
    }
    for (const [oldest, codes] of this.blocks) {
      if (this.held + kept.codes.length <= this.maxBytes) break;
      this.drop(oldest, codes);
    }
    this.blocks.set(block, kept);
    this.held += kept.codes.length;
    return kept;
  }

  private drop(block: string, kept: BlockCodes): void {
    if (this.blocks.delete(block)) this.held -= kept.codes.length;
  }
}
