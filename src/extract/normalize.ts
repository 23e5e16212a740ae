// Stage 1: text normalisation. NFC and one tone placement, one kind of dash,
// no stray control characters, single spaces. Offsets are not kept: evidence
// is quoted from the normalised text, which differs only in these respects.
import { normalizeVietnamese } from './text.js';

export function normalizeText(raw: string): string {
  return normalizeVietnamese(raw.replace(/^\uFEFF/, ''))
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2000-\u200B\u202F\u205F\u3000]/g, ' ')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n');
}
