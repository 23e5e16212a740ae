// Mentions read back for resolution, kept between batches. Each batch resolves every
// stored mention of the names it touched, so a name in the news all year (the Prime
// Minister's: 603 mentions and 785 KB of profile JSON at 35,000 real articles) was
// parsed again, and each of its evidence sentences looked up again, in every batch
// that named him. A block's mentions are kept with the exact props text they were
// read from: a mention whose stored text is still that text is the same mention (a
// profile's sentence references never change meaning while the file holds them), so
// only new or rewritten mentions are parsed. Only blocks of MIN_BLOCK mentions or
// more are kept, within a bound on the text held; least recently read blocks go first.
import type { Mention } from '../../graph/identity/index.js';

/** Blocks smaller than this are cheap to read again and are not kept. */
const MIN_BLOCK = 16;

/** The default bound: the UTF-16 bytes of the props text held (the parsed mentions take about as much again). */
const DEFAULT_MAX_BYTES = 32 * 2 ** 20;

/** A mention as read, and the props text it was read from. */
export interface KeptMention {
  text: string;
  mention: Mention;
}

export class MentionCache {
  private readonly blocks = new Map<string, { bytes: number; mentions: Map<string, KeptMention> }>();
  private bytes = 0;

  constructor(private readonly maxBytes = DEFAULT_MAX_BYTES) {}

  /** The block's kept mentions, by key (marked as just used), or undefined. */
  get(block: string): ReadonlyMap<string, KeptMention> | undefined {
    const kept = this.blocks.get(block);
    if (kept === undefined) return undefined;
    this.blocks.delete(block);
    this.blocks.set(block, kept);
    return kept.mentions;
  }

  /** Keeps a block's mentions as just read, in place of what was kept; small blocks and blocks over the bound are not kept. */
  set(block: string, mentions: Map<string, KeptMention>): void {
    this.delete(block);
    if (mentions.size < MIN_BLOCK) return;
    let bytes = 0;
    for (const m of mentions.values()) bytes += 2 * m.text.length;
    if (bytes > this.maxBytes) return;
    for (const [oldest, kept] of this.blocks) {
      if (this.bytes + bytes <= this.maxBytes) break;
      this.bytes -= kept.bytes;
      this.blocks.delete(oldest);
    }
    this.blocks.set(block, { bytes, mentions });
    this.bytes += bytes;
  }

  /** Forgets everything kept (the file was emptied: sentence ids may be given again). */
  clear(): void {
    this.blocks.clear();
    this.bytes = 0;
  }

  /** The bytes of text held, and the blocks kept. */
  get size(): { bytes: number; blocks: number } {
    return { bytes: this.bytes, blocks: this.blocks.size };
  }

  private delete(block: string): void {
    const kept = this.blocks.get(block);
    if (kept === undefined) return;
    this.bytes -= kept.bytes;
    this.blocks.delete(block);
  }
}
