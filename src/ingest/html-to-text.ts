// Turns a saved HTML page into plain article text for the extractor: the page's
// title first (og:title, else the article's <h1>, else the page's first <h1>
// outside the site's header, else <title>), then one line per block of the page,
// blank lines between them (the shape of the plain-text articles). The site's
// navigation is left out: menus, breadcrumbs, headers and footers of the page,
// sidebars, share and comment boxes; so are scripts, styles and forms' widgets.
//
// htmlparser2 (a maintained, forgiving parser: pages are tag soup) builds the
// tree; entities are decoded by it.
import { parseDocument } from 'htmlparser2';
import { isTag, isText, type AnyNode, type Element } from 'domhandler';

/** True when decoded text is an HTML page rather than a plain-text article. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).trimStart();
  if (!head.startsWith('<')) return false;
  return /^<!doctype\s+html|<(?:html|head|body|title|h1|p|div|meta|article)[\s>/]/i.test(head);
}

// Elements whose content is never article text.
const DROPPED = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'select', 'textarea', 'button', 'nav', 'aside', 'menu']);

// Elements that end a line of text.
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'div', 'dl', 'dt',
  'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'tr', 'ul',
]);

/** ARIA roles of a page's furniture rather than its content. */
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar']);

/** Class or id words that name a page's furniture: menus, breadcrumbs, site header and footer, sidebars, share and comment boxes, related links. */
const CHROME_WORD = /^(?:bread-?crumbs?|(?:main-?|top-?|mega-?|sub-?)?menu|nav|navbar|navigation|(?:site-?|page-?)?(?:header|footer)|top-?bar|side-?bar|social|share|sharing|related|tin-?lien-?quan|comments?|ads?|advert|banner)$/i;

function words(element: Element, attribute: 'class' | 'id'): string[] {
  return (element.attribs[attribute] ?? '').split(/\s+/).filter((w) => w.length > 0);
}

function normalizeLine(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

function textOf(node: AnyNode): string {
  if (isText(node)) return node.data;
  if (!isTag(node) || DROPPED.has(node.name)) return '';
  return node.children.map(textOf).join(' ');
}

function* elements(node: AnyNode): Generator<Element> {
  if (isTag(node)) yield node;
  if ('children' in node) for (const child of node.children) yield* elements(child);
}

function hasAncestor(element: Element, names: ReadonlySet<string>): boolean {
  for (let p = element.parent; p; p = p.parent) if (isTag(p) && names.has(p.name)) return true;
  return false;
}

const CONTENT = new Set(['article', 'main']);

interface Page {
  heading: string;
  /** The element the heading was taken from, left out of the body. */
  headingElement: Element | null;
  /** Elements that hold the content and so are never furniture, whatever their class. */
  keep: Set<Element>;
}

function findHeading(all: readonly Element[]): Pick<Page, 'heading' | 'headingElement'> {
  for (const e of all) {
    if (e.name !== 'meta') continue;
    const key = (e.attribs['property'] ?? e.attribs['name'] ?? '').toLowerCase();
    const content = normalizeLine(e.attribs['content'] ?? '');
    if ((key === 'og:title' || key === 'twitter:title') && content) return { heading: content, headingElement: null };
  }
  // A site's logo is often an <h1> in its header: the article's own comes first.
  const h1s = all.filter((e) => e.name === 'h1' && normalizeLine(textOf(e)));
  const h1 = h1s.find((e) => hasAncestor(e, CONTENT)) ?? h1s.find((e) => ![e, ...ancestors(e)].some((a) => isChrome(a, NOTHING_KEPT)));
  if (h1) return { heading: normalizeLine(textOf(h1)), headingElement: h1 };
  const title = all.find((e) => e.name === 'title');
  return { heading: title ? normalizeLine(textOf(title)) : '', headingElement: null };
}

const NOTHING_KEPT: ReadonlySet<Element> = new Set();

function* ancestors(element: Element): Generator<Element> {
  for (let p = element.parent; p; p = p.parent) if (isTag(p)) yield p;
}

/** Page furniture: left out with all it holds, unless it holds the content. */
function isChrome(element: Element, keep: ReadonlySet<Element>): boolean {
  if (keep.has(element)) return false;
  if ((element.name === 'header' || element.name === 'footer') && !hasAncestor(element, CONTENT)) return true;
  if (CHROME_ROLES.has((element.attribs['role'] ?? '').toLowerCase())) return true;
  return [...words(element, 'class'), ...words(element, 'id')].some((w) => CHROME_WORD.test(w));
}

function appendText(node: AnyNode, page: Page, out: string[]): void {
  if (isText(node)) {
    out.push(node.data);
    return;
  }
  if (!isTag(node) || DROPPED.has(node.name) || node === page.headingElement || isChrome(node, page.keep)) return;
  const block = BLOCK.has(node.name);
  if (block) out.push('\n');
  for (const child of node.children) appendText(child, page, out);
  if (block) out.push('\n');
}

/** Plain text of a page: heading first, then one line per block, blank lines between them. */
export function htmlToText(html: string): string {
  const document = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const all = [...elements(document)];
  const { heading, headingElement } = findHeading(all);
  // The content (and the heading's element with everything around it) is never furniture.
  const keep = new Set<Element>();
  for (const e of all) {
    if (e === headingElement || CONTENT.has(e.name)) for (const a of [e, ...ancestors(e)]) keep.add(a);
  }
  const out: string[] = [];
  for (const child of document.children) appendText(child, { heading, headingElement, keep }, out);
  const lines = out.join('').split('\n').map(normalizeLine).filter((line) => line.length > 0);
  const repeated = lines.indexOf(heading);
  if (heading && repeated >= 0) lines.splice(repeated, 1);
  return (heading ? [heading, ...lines] : lines).join('\n\n');
}
