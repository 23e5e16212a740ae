// A place written in brackets right after a name: "A (Hải Dương)", "B (đoàn Bến Tre)", "C (tỉnh
// Ninh Thuận)". It tells where the person named is from or whose delegation they sit in, and is
// an aside of that name: a list of names runs on past it.
import type { Item } from '../recognize/scan.js';
import { matchPlace, type PlaceMatch } from '../recognize/places.js';
import { matchUnitWord } from '../recognize/titles.js';
import type { Token } from '../tokenize.js';

/** The place in the bracket opening at token `open`, and the index of the closing bracket; null when the bracket holds anything else. */
export function placeInBrackets(tokens: readonly Token[], open: number, date: string | null): { place: PlaceMatch; close: number } | null {
  if (tokens[open]?.text !== '(') return null;
  let at = open + 1;
  // "(đoàn Bến Tre)", "(Đoàn ĐBQH tỉnh Hà Nam)": the delegation may be named.
  if (tokens[at]?.key === 'đoàn') at += tokens[at + 1]?.key === 'đbqh' ? 2 : 1;
  // "(tỉnh Ninh Thuận)", "(TP Hà Nội)": the place may be written with its unit word.
  const place = matchPlace(tokens, matchUnitWord(tokens, at)?.end ?? at, undefined, date);
  if (!place || tokens[place.end]?.text !== ')') return null;
  return { place, close: place.end };
}

/** The item after the place aside that follows the name at item `name`, or `name + 1` when none does. */
export function pastPlaceAside(items: readonly Item[], tokens: readonly Token[], name: number): number {
  const open = items[name + 1];
  if (open?.type !== 'word' || open.key !== '(') return name + 1;
  const aside = placeInBrackets(tokens, open.start, null);
  if (!aside) return name + 1;
  // The place may hold what the scanner read as other items ("(Bà Rịa - Vũng Tàu)": "bà" and a name).
  for (let k = name + 2; k < items.length; k++) if (items[k]!.start >= aside.close) return items[k]!.start === aside.close ? k + 1 : name + 1;
  return name + 1;
}
