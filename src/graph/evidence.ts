// Which of a person's evidence sentences support which fact. The contract gives one
// list of sentences per person; a fact keeps the sentences that carry its cue (the
// title for an office, the verb for a role), and all of them when none does, so no
// fact is left without its source.

import type { Role } from '../extract/contract.js';
import { foldAccents, searchKey } from '../vietnam/text.js';

/** Folded cue words of each role (the contract's role table), matched as whole words. */
const ROLE_CUES: Readonly<Record<Role, readonly string[]>> = {
  chaired: ['chu tri', 'dieu hanh', 'chu toa'],
  attended: ['du', 'tham du', 've du', 'co mat'],
  opened: ['khai mac'],
  reported: ['bao cao', 'trinh bay', 'thong qua'],
  directed: ['chi dao'],
  concluded: ['ket luan', 'be mac'],
  spoke: ['phat bieu', 'chat van', 'tra loi', 'giai trinh', 'thao luan', 'khang dinh', 'nhan manh', 'de nghi'],
};

/** Short forms the press uses for a title, folded. */
const TITLE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'uy vien': ['tuv', 'uv', 'uvbtv', 'thanh uy vien', 'tinh uy vien', 'huyen uy vien', 'quan uy vien'],
  'dai bieu': ['dbqh', 'dai bieu'],
};

/** A cue as literal text: a title comes from the caller (`Bí thư (`, `(a+)+b`) and must never act as a pattern. */
function literal(cue: string): string {
  return cue.replace(/[\\^$.*+?()[\]{}|\/-]/g, '\\$&').replace(/ /g, '\\s+');
}

function wordPattern(cues: readonly string[]): RegExp {
  return new RegExp(`(?:^|[^a-z0-9])(?:${cues.map(literal).join('|')})(?![a-z0-9])`);
}

const ROLE_PATTERNS = new Map<Role, RegExp>(Object.entries(ROLE_CUES).map(([r, cues]) => [r as Role, wordPattern(cues)]));
const TITLE_PATTERNS = new Map<string, RegExp>();

function titlePattern(title: string): RegExp {
  let pattern = TITLE_PATTERNS.get(title);
  if (pattern === undefined) {
    const folded = searchKey(title);
    pattern = wordPattern([folded, folded.replace(/ thuong truc$/, ' tt'), ...(TITLE_ALIASES[folded] ?? [])]);
    TITLE_PATTERNS.set(title, pattern);
  }
  return pattern;
}

/** One person's sentences, folded once, with the sentences each fact keeps. */
export class PersonEvidence {
  private readonly folded: string[];

  constructor(private readonly sentences: readonly string[]) {
    this.folded = sentences.map(foldAccents);
  }

  private select(pattern: RegExp): string[] {
    const hits = this.sentences.filter((_s, i) => pattern.test(this.folded[i] ?? ''));
    return hits.length > 0 ? hits : [...this.sentences];
  }

  /** The sentences that state the person's role. */
  forRole(role: Role): string[] {
    const pattern = ROLE_PATTERNS.get(role);
    return pattern === undefined ? [...this.sentences] : this.select(pattern);
  }

  /** The sentences that state the person's title. */
  forTitle(title: string): string[] {
    return this.select(titlePattern(title));
  }
}

/** The sentences that state a person's role. */
export function roleEvidence(sentences: readonly string[], role: Role): string[] {
  return new PersonEvidence(sentences).forRole(role);
}

/** The sentences that state a person's title. */
export function titleEvidence(sentences: readonly string[], title: string): string[] {
  return new PersonEvidence(sentences).forTitle(title);
}
