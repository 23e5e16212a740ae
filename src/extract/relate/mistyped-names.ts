// A name the article mistypes once: "Bùi Xuân Cương" written once beside "Bùi Xuân Cường"
// written twice or more. Spellings that differ only in their tone marks, one of them seen a
// single time and the other at least twice, are one person whose name the majority spells.
// Two spellings seen as often as each other say nothing of which one is right, a letter
// changed (Hùng, Hưng) makes another name, and so does another surname: both tones of a
// family name are often families of their own (Lương, Lường).
import { withoutToneMarks } from '../../vietnam/text.js';

function surname(name: string): string {
  return name.split(' ', 1)[0]!;
}

/**
 * The mistyped spellings of the article's names, each to the spelling it stands for.
 * @param counts how many times the article names each spelling (keys as people are keyed)
 */
export function mistypedSpellings(counts: ReadonlyMap<string, number>): Map<string, string> {
  const byTones = new Map<string, string[]>();
  for (const spelling of counts.keys()) {
    const toneless = withoutToneMarks(spelling);
    const list = byTones.get(toneless) ?? [];
    list.push(spelling);
    byTones.set(toneless, list);
  }
  const out = new Map<string, string>();
  for (const spellings of byTones.values()) {
    if (spellings.length !== 2) continue;
    const [once, often] = [...spellings].sort((a, b) => counts.get(a)! - counts.get(b)!);
    if (counts.get(once!) === 1 && counts.get(often!)! >= 2 && surname(once!) === surname(often!)) out.set(once!, often!);
  }
  return out;
}
