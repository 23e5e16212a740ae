// Turns a saved HTML page into plain article text for the extractor: the page's
// <h1> (or, failing that, its <title>) becomes the first line, block elements
// become lines separated by blank lines (the shape of the plain-text articles),
// script/style and other non-text elements are dropped, entities are decoded.
// Regex-based on purpose: pages are tag soup, and the extractor only needs the
// readable text, not a DOM.

/** True when decoded text is an HTML page rather than a plain-text article. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).trimStart();
  if (!head.startsWith('<')) return false;
  return /^<!doctype\s+html|<(?:html|head|body|title|h1|p|div|meta|article)[\s>/]/i.test(head);
}

// Elements whose content is never article text.
const DROPPED = ['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'select', 'textarea'];

// Elements that end a line of text.
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'div', 'dl', 'dt',
  'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'tr', 'ul',
]);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '',
  ndash: '–', mdash: '—', hellip: '…', bull: '•', middot: '·', deg: '°',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»',
  copy: '©', reg: '®', trade: '™', times: '×', divide: '÷', euro: '€',
  // Latin-1 letters that Vietnamese pages still escape (older editors, CMS exports).
  Agrave: 'À', Aacute: 'Á', Acirc: 'Â', Atilde: 'Ã', Egrave: 'È', Eacute: 'É', Ecirc: 'Ê',
  Igrave: 'Ì', Iacute: 'Í', Ograve: 'Ò', Oacute: 'Ó', Ocirc: 'Ô', Otilde: 'Õ',
  Ugrave: 'Ù', Uacute: 'Ú', Yacute: 'Ý',
  agrave: 'à', aacute: 'á', acirc: 'â', atilde: 'ã', egrave: 'è', eacute: 'é', ecirc: 'ê',
  igrave: 'ì', iacute: 'í', ograve: 'ò', oacute: 'ó', ocirc: 'ô', otilde: 'õ',
  ugrave: 'ù', uacute: 'ú', yacute: 'ý',
};

/** Decodes named (a common set) and numeric character references; unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      // Surrogates, NUL and out-of-range code points are not characters.
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
      return String.fromCodePoint(code);
    }
    return NAMED_ENTITIES[ref] ?? whole;
  });
}

/** Text content of an HTML fragment on one line: tags removed, entities decoded, spaces collapsed. */
function inlineText(fragment: string): string {
  return decodeEntities(fragment.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}

function firstElementText(html: string, tag: string): { text: string; start: number; end: number } | null {
  const match = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}\\s*>`, 'i').exec(html);
  if (!match || match[1] === undefined) return null;
  return { text: inlineText(match[1]), start: match.index, end: match.index + match[0].length };
}

/** Plain text of a page: heading first, then one line per block, blank lines between them. */
export function htmlToText(html: string): string {
  let doc = html.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ');
  for (const tag of DROPPED) {
    doc = doc.replace(new RegExp(`<${tag}\\b[^>]*>[\\s\\S]*?(?:</${tag}\\s*>|$)`, 'gi'), ' ');
  }
  const title = firstElementText(doc, 'title');
  // The head holds metadata, not text; the <title> was kept above.
  doc = doc.replace(/<head\b[^>]*>[\s\S]*?<\/head\s*>/i, ' ').replace(/<title\b[^>]*>[\s\S]*?<\/title\s*>/gi, ' ');

  // The h1 is usually the headline without the site name the <title> carries;
  // it moves to the first line so it is not repeated below.
  const h1 = firstElementText(doc, 'h1');
  let heading = '';
  if (h1 && h1.text) {
    heading = h1.text;
    doc = doc.slice(0, h1.start) + '\n' + doc.slice(h1.end);
  } else if (title && title.text) {
    heading = title.text;
  }

  const body = doc
    .replace(/<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g, (_tag, name: string) => (BLOCK.has(name.toLowerCase()) ? '\n' : ' '))
    .replace(/<[^>]*>/g, ' ');
  const lines = decodeEntities(body)
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((line) => line.length > 0);
  if (heading && lines[0] === heading) lines.shift();
  return (heading ? [heading, ...lines] : lines).join('\n\n');
}
