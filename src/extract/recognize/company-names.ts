// Companies named after a person-like name: "Công ty Kim Toàn Đà Nẵng", "Công ty Hoàng Gia
// Phát", "Công Cổ phần Hoàng Anh Gia Lai". A name the article writes as a company's own
// name is that company's wherever else it stands ("giám đốc Hoàng Gia Phát"), never a person's,
// unless the article calls someone by it with "ông" or "bà".
import { BUSINESS_NAME_FORMS, BUSINESS_NAME_HEADS } from '../../vietnam/bodies.js';
import { PhraseTrie } from '../lexicon/trie.js';
import type { Token } from '../tokenize.js';
import type { Item } from './scan.js';

const heads = PhraseTrie.of(BUSINESS_NAME_HEADS);
const forms = PhraseTrie.of(BUSINESS_NAME_FORMS);
/** Legal forms that open a company's name on their own, its head word left out or mistyped. */
const LEGAL_FORMS = PhraseTrie.of(['tnhh', 'cổ phần', 'trách nhiệm hữu hạn', 'dntn']);

/** The capitalised run of a company's own name after its head word, legal form and trades, lower-cased. */
function companyNameAt(tokens: readonly Token[], k: number): string | undefined {
  const opener = heads.longest(tokens, k) ?? LEGAL_FORMS.longest(tokens, k);
  if (!opener) return undefined;
  let at = opener.end;
  for (let form = forms.longest(tokens, at); form; form = forms.longest(tokens, at)) {
    at = form.end;
    if (['và', '&', '-'].includes(tokens[at]?.key ?? '') && forms.longest(tokens, at + 1)) at++;
  }
  let end = at;
  while (tokens[end]?.isWord && tokens[end]!.isCapitalized) end++;
  if (end - at < 2) return undefined;
  return tokens.slice(at, end).map((t) => t.key).join(' ');
}

/** Names that stand as a company's own name somewhere in the article go back to plain words. */
export function dropCompanyNames(scans: ReadonlyArray<{ tokens: readonly Token[]; items: Item[] }>): void {
  const companies = new Set<string>();
  for (const { tokens } of scans) {
    for (let k = 0; k < tokens.length; k++) {
      const name = companyNameAt(tokens, k);
      if (name) companies.add(name);
    }
  }
  if (companies.size === 0) return;
  const isCompany = (item: Item): boolean => item.type === 'name' && companies.has(item.name.toLowerCase());
  // "ông Hoàng Gia": someone the article calls by it is a person after all.
  const addressed = new Set<string>();
  for (const { items } of scans) for (const item of items) if (isCompany(item) && item.type === 'name' && item.honorific) addressed.add(item.name.toLowerCase());
  for (const scan of scans) {
    if (!scan.items.some((item) => isCompany(item) && item.type === 'name' && !addressed.has(item.name.toLowerCase()))) continue;
    const kept: Item[] = [];
    for (const item of scan.items) {
      if (isCompany(item) && item.type === 'name' && !addressed.has(item.name.toLowerCase())) for (let k = item.start; k < item.end; k++) kept.push(scan.tokens[k]!);
      else kept.push(item);
    }
    scan.items = kept;
  }
}
