// Which of a person's evidence sentences support which fact. The contract gives one
// list of sentences per person; a fact keeps the sentences that carry its cue (the
// title for an office, the verb for a role), and all of them when none does, so no
// fact is left without its source.

import type { Role } from '../extract/contract.js';
import { foldSearch } from './text.js';

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

function wordPattern(cues: readonly string[]): RegExp {
  return new RegExp(`(?:^|[^a-z0-9])(?:${cues.map((c) => c.replace(/ /g, '\\s+')).join('|')})(?![a-z0-9])`);
}

const ROLE_PATTERNS = new Map<Role, RegExp>(Object.entries(ROLE_CUES).map(([r, cues]) => [r as Role, wordPattern(cues)]));

function titleCues(title: string): string[] {
  const folded = foldSearch(title);
  return [folded, folded.replace(/ thuong truc$/, ' tt'), ...(TITLE_ALIASES[folded] ?? [])];
}

function select(sentences: readonly string[], pattern: RegExp): string[] {
  const hits = sentences.filter((s) => pattern.test(foldSearch(s)));
  return hits.length > 0 ? [...hits] : [...sentences];
}

/** The sentences that state a person's role. */
export function roleEvidence(sentences: readonly string[], role: Role): string[] {
  const pattern = ROLE_PATTERNS.get(role);
  return pattern === undefined ? [...sentences] : select(sentences, pattern);
}

/** The sentences that state a person's title. */
export function titleEvidence(sentences: readonly string[], title: string): string[] {
  return select(sentences, wordPattern(titleCues(title)));
}
