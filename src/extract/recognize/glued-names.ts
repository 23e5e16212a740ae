// The press runs captions, bylines and headlines into the text with no full stop:
// "… Bộ trưởng Bộ KHĐT Nguyễn Chí Dũng Bích Ngọc" (a caption, then its reporter),
// "Phó Chủ tịch Quốc hội Phùng Quốc Hiển Tuy nhiên, …" (a caption, then the next sentence).
// The capitalised words after the name read as more of it, a person who does not exist.
import { isUpperCaseWord } from '../../vietnam/text.js';
import type { Token } from '../tokenize.js';
import { MAX_NAME_WORDS, type Item } from './scan.js';

type NameItem = Extract<Item, { type: 'name' }>;

/** The shortest full name a glued run can be cut to: two words are too often half a name. */
const MIN_KEPT_WORDS = 3;
/** A caption's byline is one or two words; a glued sentence gives one. */
const MAX_GLUED_WORDS = 2;

/** Nothing capitalised follows the name: it is complete as written. */
function endsFree(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end];
  return next === undefined || !next.isWord || !next.isCapitalized;
}

/**
 * Where a run could have words glued on: it ends the sentence (a caption and its byline), a
 * byline's note or a second reporter follows ("(thực hiện)", "- Tố Anh"), the run was cut at the longest
 * name with more capitalised words after it, or a single glued word opens
 * the next sentence's lower-case words ("Tuy nhiên", "Liên quan tới").
 */
function mayBeGlued(tokens: readonly Token[], item: NameItem, glued: number): boolean {
  const next = tokens[item.end];
  if (next === undefined) return true;
  // "… Vũ Văn Tám Phạm Anh (thực hiện)": a byline's note (but "Lê Thị Bình Phương (Phó Giám đốc
  // …)" is a name and its post).
  if (next.text === '(') return tokens[item.end + 1]?.isWord === true && !tokens[item.end + 1]!.isCapitalized;
  // "… Phạm Anh - Tố Anh": a second reporter after a dash (but "Lê Thị Bình Phương - PV" is a name
  // and the reporter's note).
  if (next.text === '-') return isWrittenLikeName(tokens[item.end + 1]);
  // "… Trương Quang Hoài Nam Phạm Hùng": the byline ran past the longest name read.
  if (item.end - item.start === MAX_NAME_WORDS && next.isWord && next.isCapitalized) return true;
  return glued === 1 && next.isWord && !next.isCapitalized;
}

/**
 * A name that is another full name of the article with one or two words after it, where
 * words can be glued on, is that name: "Nguyễn Chí Dũng Bích Ngọc" where the article also
 * writes "Bộ trưởng Nguyễn Chí Dũng cho biết". The freed words go back to plain words.
 */
export function trimGluedNames(scans: ReadonlyArray<{ tokens: readonly Token[]; items: Item[] }>): void {
  const complete = new Set<string>();
  for (const { tokens, items } of scans) {
    for (const item of items) {
      if (item.type === 'name' && !item.short && item.end - item.start >= MIN_KEPT_WORDS && endsFree(tokens, item.end)) complete.add(item.name.toLowerCase());
    }
  }
  if (complete.size === 0) return;
  for (const scan of scans) {
    // The sentence's items are copied only from its first cut name on: most sentences have none.
    let kept: Item[] | undefined;
    scan.items.forEach((item, index) => {
      const cut = item.type === 'name' && !item.short ? keptWords(scan.tokens, item, complete) : 0;
      if (cut === 0) {
        kept?.push(item);
        return;
      }
      kept ??= scan.items.slice(0, index);
      const name = item as NameItem;
      const end = name.start + cut;
      kept.push({ ...name, end, name: name.name.split(' ').slice(0, cut).join(' ') });
      for (let k = end; k < name.end; k++) kept.push(scan.tokens[k]!);
    });
    if (kept) scan.items = kept;
  }
}

/** A capitalised word not written in capitals ("Tố", not "PV"). */
function isWrittenLikeName(token: Token | undefined): boolean {
  return token !== undefined && token.isWord && token.isCapitalized && !isUpperCaseWord(token.text);
}

/** How many of the name's words are another complete name, or 0 when none is. */
function keptWords(tokens: readonly Token[], item: NameItem, complete: ReadonlySet<string>): number {
  const words = item.name.toLowerCase().split(' ');
  for (let glued = 1; glued <= MAX_GLUED_WORDS; glued++) {
    const kept = words.length - glued;
    if (kept < MIN_KEPT_WORDS) break;
    if (complete.has(words.slice(0, kept).join(' ')) && mayBeGlued(tokens, item, glued)) return kept;
  }
  return 0;
}
