// A police force's divisions and teams, named before their force: "Phòng Cảnh sát hình sự
// Công an tỉnh X", "Đội CSGT số 3 - Công an TP Y", "Phòng PC45 (Công an tỉnh Z)". The unit is
// a body only with its force written after it: alone, it is no body the extractor places.
import { POLICE_DIVISION_CODE, POLICE_UNITS, TRAFFIC_POLICE_WAYS, type BodyEntry } from '../../vietnam/bodies.js';
import { DASH_TOKENS, phraseKeys, type Token } from '../tokenize.js';
import type { BodyRef } from './titles.js';

type ParseBody = (tokens: readonly Token[], i: number, date: string | null) => BodyRef | undefined;

const UNIT_NAMES = POLICE_UNITS.map(([name]) => name);

/** A division or team of the lexicon, numbered or not ("Đội CSGT số 3"), or one named by its code. */
export function isPoliceUnit(kind: BodyEntry): boolean {
  if (kind.kind !== 'body-part') return false;
  const { name } = kind;
  return UNIT_NAMES.some((unit) => name === unit || name.startsWith(`${unit} số `)) || POLICE_DIVISION_CODE.test(name.replace(/^Phòng /, ''));
}

/** "Phòng PC45" at tokens[i]: the end of a division named by its code, or undefined. */
export function policeCodeEnd(tokens: readonly Token[], i: number): number | undefined {
  return tokens[i]?.key === 'phòng' && POLICE_DIVISION_CODE.test(tokens[i + 1]?.text ?? '') ? i + 2 : undefined;
}

function isPoliceForce(body: BodyRef): boolean {
  const { kind } = body;
  return (kind.kind === 'jurisdictional' && kind.name === 'Công an') || (kind.kind === 'fixed' && kind.name === 'Bộ Công an');
}

/**
 * The unit named from tokens[i] to `nameEnd` ("Đội CSGT"), its number ("số 3"), then its force
 * right after it, after a dash or a comma, or in brackets; undefined when no force follows.
 */
export function policeUnitAt(tokens: readonly Token[], i: number, nameEnd: number, name: string, date: string | null, parseBody: ParseBody): BodyRef | undefined {
  const ways = name.endsWith('Cảnh sát giao thông') ? waysKept(tokens, nameEnd) : { ways: [], end: nameEnd };
  if (ways.ways.length > 0) name = `${name} ${ways.ways.join(' - ')}`;
  let k = ways.end;
  let numbered = '';
  if (tokens[k]?.key === 'số' && /^\d+$/.test(tokens[k + 1]?.text ?? '')) {
    numbered = ` số ${tokens[k + 1]!.text}`;
    k += 2;
  }
  const bracketed = tokens[k]?.text === '(';
  if (bracketed || tokens[k]?.text === '-' || tokens[k]?.text === ',') k++;
  const force = parseBody(tokens, k, date);
  if (!force || !isPoliceForce(force) || (bracketed && tokens[force.end]?.text !== ')')) return undefined;
  return {
    kind: { kind: 'body-part', name: `${name}${numbered}`, category: 'command' },
    unitWord: null, places: null, parent: force, start: i, end: bracketed ? force.end + 1 : force.end,
  };
}

const WAYS = TRAFFIC_POLICE_WAYS.map((way) => ({ way, keys: phraseKeys(way) }));

function wayAt(tokens: readonly Token[], k: number): { way: string; end: number } | undefined {
  const found = WAYS.find(({ keys }) => keys.every((key, j) => tokens[k + j]?.key === key));
  return found && { way: found.way, end: k + found.keys.length };
}

/** "đường bộ - đường sắt" after a traffic police unit's name at tokens[k]: the ways it keeps, in the order written, and where they end. */
function waysKept(tokens: readonly Token[], k: number): { ways: string[]; end: number } {
  const first = wayAt(tokens, k);
  if (!first) return { ways: [], end: k };
  const second = DASH_TOKENS.has(tokens[first.end]?.text ?? '') ? wayAt(tokens, first.end + 1) : undefined;
  return second ? { ways: [first.way, second.way], end: second.end } : { ways: [first.way], end: first.end };
}
