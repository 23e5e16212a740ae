// Layers run one way: Vietnamese knowledge → extraction → graph → store →
// ingestion and API → command line. This reads every import of src/** (static,
// re-exports and dynamic import()) and fails on one that runs back up the layers
// or sideways between the two peers of a layer (ingest and api).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

/** Top-level folders of src/ by layer, lowest first. */
const LAYERS: readonly (readonly string[])[] = [['vietnam'], ['extract'], ['graph'], ['store'], ['ingest', 'api'], ['cli']];
/** Files directly under src/ that stand above every layer (the library's entry point). */
const ENTRY_POINTS = new Set(['index.ts']);

function rank(folder: string): number {
  return LAYERS.findIndex((layer) => layer.includes(folder));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

// `import … from 'x'`, `export … from 'x'`, `import 'x'`, `import('x')`; comments are
// stripped first so an example in a comment is not taken for an import.
const IMPORT = /(?:\bimport|\bexport)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(?\s*['"]([^'"]+)['"]/g;

export function importsOf(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  return [...code.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? '');
}

/** The top-level folder of src/ a file belongs to ('' for files directly under src/). */
function folderOf(path: string): string {
  const parts = relative(SRC, path).split(sep);
  return parts.length > 1 ? (parts[0] ?? '') : '';
}

interface Violation {
  file: string;
  imports: string;
}

function violations(): Violation[] {
  const found: Violation[] = [];
  for (const file of sourceFiles(SRC)) {
    const from = folderOf(file);
    if (from === '' && ENTRY_POINTS.has(relative(SRC, file))) continue;
    for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
      if (!specifier.startsWith('.')) continue;
      const target = resolve(dirname(file), specifier);
      const to = folderOf(target);
      if (to === from) continue;
      const upward = rank(to) > rank(from);
      const sideways = rank(to) === rank(from);
      if (to === '' || upward || sideways) found.push({ file: relative(SRC, file), imports: relative(SRC, target) });
    }
  }
  return found;
}

describe('layers', () => {
  it('puts every top-level folder of src/ in a layer', () => {
    const folders = readdirSync(SRC, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.filter((f) => rank(f) < 0)).toEqual([]);
    const files = readdirSync(SRC, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
    expect(files.filter((f) => !ENTRY_POINTS.has(f))).toEqual([]);
  });

  it('finds imports of every form, and none in comments', () => {
    const source = [
      "import { a } from '../graph/a.js';",
      "import type { B } from '../store/b.js';",
      "export { c } from './c.js';",
      "export * from '../extract/d.js';",
      "const e = await import('../api/e.js');",
      "import '../cli/f.js';",
      "import {\n  g,\n  h,\n} from '../ingest/g.js';",
      "// import { x } from '../cli/commented.js';",
      "/* import { y } from '../cli/block.js'; */",
    ].join('\n');
    expect(importsOf(source)).toEqual(['../graph/a.js', '../store/b.js', './c.js', '../extract/d.js', '../api/e.js', '../cli/f.js', '../ingest/g.js']);
  });

  it('has no import that runs back up the layers or across ingest and api', () => {
    expect(violations()).toEqual([]);
  });
});
