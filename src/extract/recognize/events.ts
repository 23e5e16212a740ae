// Event mentions: "Hội nghị lần thứ 5 Ban Chấp hành Đảng bộ huyện X khóa
// XXIV, nhiệm kỳ 2020 - 2025", "Đại hội Đảng bộ quận X lần thứ VI", "Kỳ họp
// thứ mười hai HĐND tỉnh". Each mention gives the fields it states.
import type { EventKind } from '../contract.js';
import { EVENT_WORDS, romanToNumber, wordsToNumber } from '../lexicon/events.js';
import { PhraseTrie } from '../lexicon/trie.js';
import type { Token } from '../tokenize.js';
import type { Item } from './scan.js';
import { parseBody, type BodyRef } from './titles.js';

export interface EventMention {
  kind: EventKind;
  /** The kind word as written, for the event's name. */
  word: string;
  ordinal: number | null;
  ordinalRoman: string | null;
  body: BodyRef | null;
  term: string | null;
  termYears: string | null;
  start: number;
}

const eventTrie = new PhraseTrie<EventKind>();
for (const [phrase, kind] of EVENT_WORDS) eventTrie.add(phrase, kind);

/** "lần thứ 5", "lần thứ Mười", "thứ mười hai", "lần thứ XIII", "lần 14" at tokens[i]. */
export function parseOrdinal(tokens: readonly Token[], i: number): { value: number; roman: string | null; end: number } | undefined {
  let j = i;
  if (tokens[j]?.key === 'lần') j++;
  if (tokens[j]?.key === 'thứ') j++;
  if (j === i) return undefined;
  const t = tokens[j];
  if (!t) return undefined;
  if (/^\d{1,3}$/.test(t.text)) return { value: Number(t.text), roman: null, end: j + 1 };
  const roman = romanToNumber(t.text);
  if (roman !== null) return { value: roman, roman: t.text, end: j + 1 };
  if (t.key === 'nhất' && tokens[j - 1]?.key === 'thứ') return { value: 1, roman: null, end: j + 1 };
  if (t.key === 'tư' && tokens[j - 1]?.key === 'thứ' && !tokens[j + 1]?.key.match(/^(mươi)$/)) return { value: 4, roman: null, end: j + 1 };
  const words: string[] = [];
  for (let k = j; k < tokens.length && k < j + 4; k++) words.push(tokens[k]!.key);
  const value = wordsToNumber(words);
  if (value === null) return undefined;
  let end = j;
  while (end < tokens.length && wordsToNumber([tokens[end]!.key]) !== null && end < j + 4) end++;
  return { value, roman: null, end };
}

function parseTerm(tokens: readonly Token[], i: number): { term: string; end: number } | undefined {
  const t = tokens[i];
  if (!t || (t.key !== 'khóa' && t.key !== 'khoá')) return undefined;
  const next = tokens[i + 1];
  if (next && /^[IVXLC]+$/.test(next.text)) return { term: next.text, end: i + 2 };
  return undefined;
}

function parseTermYears(tokens: readonly Token[], i: number): { years: string; end: number } | undefined {
  if (tokens[i]?.key !== 'nhiệm' || tokens[i + 1]?.key !== 'kỳ') return undefined;
  const a = tokens[i + 2];
  const dash = tokens[i + 3];
  const b = tokens[i + 4];
  if (a && /^\d{4}$/.test(a.text) && dash && (dash.text === '-' || dash.text === '–') && b && /^\d{4}$/.test(b.text)) {
    return { years: `${a.text}-${b.text}`, end: i + 5 };
  }
  return undefined;
}

const STOP = new Set(['.', ';', '?', '!', ':']);
const MENTION_WORDS = new Set(['mở', 'rộng', 'đại', 'biểu', 'lần', 'thường', 'kỳ', 'lệ', 'chuyên', 'đề', 'toàn', 'thể', 'của', 'bất']);

// A cheap test that a sentence can mention an event at all.
const EVENT_HINT = new RegExp(EVENT_WORDS.map(([phrase]) => phrase.toLowerCase()).join('|'), 'iu');

/** Event mentions in a sentence. The organizer is the body named right after the kind word. */
export function findEvents(tokens: readonly Token[], items: readonly Item[], text?: string, date: string | null = null): EventMention[] {
  const out: EventMention[] = [];
  if (text !== undefined && !EVENT_HINT.test(text)) return out;
  const insideUnit = new Set<number>();
  for (const item of items) if (item.type === 'unit') for (let k = item.start; k < item.end; k++) insideUnit.add(k);
  for (let i = 0; i < tokens.length; i++) {
    if (insideUnit.has(i)) continue;
    const hit = eventTrie.longest(tokens, i);
    if (!hit) continue;
    // "họp" only as a meeting of a committee ("Họp ban chấp hành…"), not in "kỳ họp" or "cuộc họp báo".
    if (hit.value === 'conference' && tokens[i]!.key === 'họp' && !parseBody(tokens, hit.end, date)) continue;
    const mention: EventMention = {
      kind: hit.value, word: tokens.slice(i, hit.end).map((t) => t.text).join(' '), ordinal: null, ordinalRoman: null,
      body: null, term: null, termYears: null, start: i,
    };
    let j = hit.end;
    const limit = Math.min(tokens.length, j + 24);
    while (j < limit && !STOP.has(tokens[j]!.key)) {
      if (eventTrie.longest(tokens, j) && j > hit.end) break;
      const ordinal = mention.ordinal === null ? parseOrdinal(tokens, j) : undefined;
      if (ordinal) { mention.ordinal = ordinal.value; mention.ordinalRoman = ordinal.roman; j = ordinal.end; continue; }
      const term = mention.term === null ? parseTerm(tokens, j) : undefined;
      if (term) { mention.term = term.term; j = term.end; continue; }
      const years = mention.termYears === null ? parseTermYears(tokens, j) : undefined;
      if (years) { mention.termYears = years.years; j = years.end; continue; }
      if (!mention.body) {
        const body = parseBody(tokens, j, date);
        if (body) { mention.body = body; j = body.end; continue; }
      } else if (parseBody(tokens, j, date)) break;
      const t = tokens[j]!;
      // The mention ends where ordinary words resume ("hội nghị có …"); "mở rộng", "đại biểu" stay inside.
      if (t.isWord && !t.isCapitalized && !MENTION_WORDS.has(t.key)) break;
      j++;
    }
    out.push(mention);
    i = Math.max(i, hit.end - 1);
  }
  return out;
}

/** Body and term stated before the kind word: "BCH Đảng bộ huyện X khóa XXIV, nhiệm kỳ … tổ chức hội nghị". */
export function leadingBody(tokens: readonly Token[], before: number, date: string | null = null): { body: BodyRef | null; term: string | null; termYears: string | null } {
  let body: BodyRef | null = null;
  // Only the subject of "tổ chức", "họp", "tiến hành" (or of a meeting verb) organizes what follows.
  const verb = tokens.slice(0, before).some((t, i, all) => (t.key === 'tổ' && all[i + 1]?.key === 'chức') || t.key === 'họp' || (t.key === 'tiến' && all[i + 1]?.key === 'hành') || (t.key === 'phối' && all[i + 1]?.key === 'hợp') || (t.key === 'chủ' && all[i + 1]?.key === 'trì') || (t.key === 'khai' && all[i + 1]?.key === 'mạc') || (t.key === 'bế' && all[i + 1]?.key === 'mạc'));
  const meetingVerb = ['làm', 'gặp', 'tiếp'].includes(tokens[before]?.key ?? '');
  if (!verb && !meetingVerb) return { body: null, term: null, termYears: null };
  let term: string | null = null;
  let termYears: string | null = null;
  for (let j = 0; j < before; j++) {
    if (!body) {
      const b = parseBody(tokens, j, date);
      if (b && b.kind.kind !== 'party-organization') { body = b; j = b.end - 1; continue; }
    } else {
      const t = parseTerm(tokens, j);
      if (t && !term) { term = t.term; j = t.end - 1; continue; }
      const y = parseTermYears(tokens, j);
      if (y && !termYears) { termYears = y.years; j = y.end - 1; continue; }
    }
  }
  return { body, term, termYears };
}
