// Stage 7: who did what. A role cue applies to the people who are its subject
// ("Đồng chí A … phát biểu chỉ đạo"; "A; B; C chủ trì"), or, when the cue opens
// the clause, to the list after "có" ("Dự hội nghị có A, B") or to the first
// person after the comma ("Phát biểu khai mạc, đồng chí A …").
import type { Role } from '../contract.js';
import { WEAK_CUES } from '../lexicon/cues.js';
import type { Item } from '../recognize/scan.js';
import type { Mention } from './chains.js';

export interface RoleHit {
  mention: Mention;
  role: Role;
}

const FILLER = new Set(['đã', 'cũng', 'sẽ', 'đều', 'vừa', 'thì', 'trực', 'tiếp', 'đồng', 'thời', 'lần', 'lượt', 'và', ',', 'cùng', 'đến', 'tới', 'về', 'thu', 'ghi', 'nhận', ')']);
/** Between two cues of one subject: "chủ tọa kỳ họp và phát biểu khai mạc". */
const COORDINATION = new Set([...FILLER, 'kỳ', 'họp', 'hội', 'nghị', 'đại', 'buổi', 'làm', 'việc', 'lễ', 'phiên']);
const LIST_GLUE = new Set([',', ';', 'và', 'đồng', 'chí', 'ông', 'bà', 'các', '-', ':']);
/** "Dự hội nghị có …", "Chủ trì hội nghị là …", "Chủ tọa kỳ họp gồm …". */
const LIST_OPENERS = new Set(['có', 'là', 'gồm']);
const LIST_ROLES: ReadonlySet<Role> = new Set(['chaired', 'attended']);

function onlyWords(items: readonly Item[], from: number, to: number, allowed: ReadonlySet<string>): boolean {
  for (let k = from; k < to; k++) {
    const item = items[k]!;
    if (item.type !== 'word' || !allowed.has(item.key)) return false;
  }
  return true;
}

/** The mentions joined to `mentions[index]` by list glue, going backwards. */
function listBackwards(items: readonly Item[], mentions: readonly Mention[], index: number): Mention[] {
  const out = [mentions[index]!];
  for (let k = index - 1; k >= 0; k--) {
    if (!onlyWords(items, mentions[k]!.to, mentions[k + 1]!.from, LIST_GLUE)) break;
    out.unshift(mentions[k]!);
  }
  return out;
}

export function assignRoles(items: readonly Item[], mentions: readonly Mention[]): RoleHit[] {
  const hits: RoleHit[] = [];
  let previousCue = -1;
  let previousParticipants: Mention[] = [];
  items.forEach((item, k) => {
    if (item.type !== 'cue') return;
    let participants: Mention[] = [];
    // Coordinated with the previous cue ("dự và phát biểu chỉ đạo"): same people.
    const joined = items.slice(previousCue + 1, k).some((it) => it.type === 'word' && (it.key === 'và' || it.key === ','));
    if (previousCue >= 0 && previousParticipants.length > 0 && (k === previousCue + 1 || joined) && onlyWords(items, previousCue + 1, k, COORDINATION)) {
      participants = previousParticipants;
    }
    const beforeIndex = [...mentions.keys()].reverse().find((i) => mentions[i]!.to <= k && mentions[i]!.from > previousCue);
    const after = mentions.filter((m) => m.from > k);
    const coAt = items.findIndex((it, j) => j > k && j <= k + 12 && it.type === 'word' && LIST_OPENERS.has(it.key));
    const listAfterCo = coAt >= 0 && (after[0] === undefined || after[0].from > coAt);
    if (participants.length === 0 && beforeIndex !== undefined) {
      const before = mentions[beforeIndex]!;
      const gap = k - before.to;
      const maxGap = WEAK_CUES.has(item.phrase) ? 2 : 4;
      if ((gap <= maxGap && onlyWords(items, before.to, k, FILLER)) || isAppositive(items, before.to, k) || isParenthetical(items, before.to, k)) {
        participants = listBackwards(items, mentions, beforeIndex);
      }
    }
    if (participants.length === 0 && listAfterCo) {
      // "Dự hội nghị có A, B", "Chủ trì hội nghị có …": everyone listed.
      const end = nextCueOpeningList(items, coAt);
      participants = after.filter((m) => m.from > coAt && m.from < end);
    }
    if (participants.length === 0 && after[0] && byAgent(items, k, after[0])) {
      // "Theo báo cáo của ông A", "báo cáo do đồng chí A trình bày".
      participants = [after[0]];
    }
    if (participants.length === 0 && beforeIndex === undefined && after[0]) {
      // The cue opens its clause: "Phát biểu khai mạc, đồng chí A …".
      const nextCue = items.findIndex((it, j) => j > k && it.type === 'cue');
      const commaBetween = items.slice(k + 1, after[0].from).some((it) => it.type === 'word' && it.key === ',');
      if ((nextCue < 0 || after[0].from < nextCue) && commaBetween && after[0].from - k <= 30) participants = [after[0]];
    }
    if (!LIST_ROLES.has(item.role) && participants.length > 1 && listAfterCo) participants = participants.slice(0, 1);
    for (const mention of participants) hits.push({ mention, role: item.role });
    previousCue = k;
    previousParticipants = participants;
  });
  return hits;
}

/** ", công nhân Khu công nghiệp X," between a subject and its verb. */
function isAppositive(items: readonly Item[], from: number, to: number): boolean {
  let end = to;
  while (end > from && items[end - 1]!.type === 'word' && FILLER.has((items[end - 1] as { key: string }).key) && (items[end - 1] as { key: string }).key !== ',') end--;
  const gap = items.slice(from, end);
  if (gap.length < 3 || gap.length > 16) return false;
  const first = gap[0]!;
  const last = gap[gap.length - 1]!;
  if (first.type !== 'word' || first.key !== ',' || last.type !== 'word' || last.key !== ',') return false;
  return gap.every((it) => it.type === 'word' && it.key !== ';' && it.key !== '.');
}

/** "(Đoàn ĐBQH tỉnh Hà Nam)" between a subject and its verb. */
function isParenthetical(items: readonly Item[], from: number, to: number): boolean {
  const first = items[from];
  if (!first || first.type !== 'word' || first.key !== '(' || to - from > 16) return false;
  const close = items.findIndex((it, j) => j > from && j < to && it.type === 'word' && it.key === ')');
  if (close < 0 || items.slice(from, close).some((it) => it.type === 'name' || it.type === 'cue')) return false;
  return onlyWords(items, close + 1, to, FILLER);
}

/** The cue's agent named right after it: "báo cáo của ông A", "tham luận do đồng chí A". */
function byAgent(items: readonly Item[], k: number, next: Mention): boolean {
  const gap = items.slice(k + 1, next.from);
  const keys = gap.map((it) => (it.type === 'word' ? it.key : '#'));
  return keys.length >= 1 && keys.length <= 4 && (keys[0] === 'của' || keys[0] === 'do') && keys.slice(1).every((key) => ['đồng', 'chí', 'ông', 'bà'].includes(key));
}

/** A list after "có" runs until another cue opens a list of its own ("Tham dự có …"). */
function nextCueOpeningList(items: readonly Item[], coAt: number): number {
  for (let j = coAt + 1; j < items.length; j++) {
    const item = items[j]!;
    if (item.type !== 'cue') continue;
    const co = items.findIndex((it, m) => m > j && m <= j + 6 && it.type === 'word' && LIST_OPENERS.has(it.key));
    if (co >= 0) return j;
  }
  return items.length;
}
