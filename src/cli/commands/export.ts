// `cadregraph export --format cypher|json|graphml [--out FILE] PATH...`: builds the
// graph of the articles and writes it without any Neo4j.
import { writeFile } from 'node:fs/promises';
import { GraphBuilder } from '../../graph/build.js';
import { extractArticles } from '../../ingest/articles.js';
import { EXPORT_FORMATS, exportGraph, type ExportFormat } from '../../ingest/export/index.js';

export const help = `Usage: cadregraph export --format cypher|json|graphml [--out FILE] PATH...

Builds the graph of the articles (the same nodes and relationships 'ingest' writes)
and writes it without Neo4j.

  --format cypher    a script for cypher-shell or Neo4j Browser: constraints, then MERGE
                     statements (running it twice gives the same graph)
  --format json      {"nodes": [...], "edges": [...]}
  --format graphml   GraphML for Gephi and other graph tools
  --out FILE         write to FILE instead of standard output
  PATH               a .txt file, a folder (read recursively), or - for standard input

A file that cannot be read is reported on standard error and skipped; the exit status
is 1 if any file failed, else 0 (2 for a usage error).`;

class UsageError extends Error {}

function parseOptions(argv: string[]): { format: ExportFormat; out: string | null; paths: string[] } {
  let format: ExportFormat | null = null;
  let out: string | null = null;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--format' || arg === '--out') {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      if (arg === '--out') out = v;
      else if ((EXPORT_FORMATS as readonly string[]).includes(v)) format = v as ExportFormat;
      else throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, got "${v}"`);
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else paths.push(arg);
  }
  if (format === null) throw new UsageError('give --format cypher, json or graphml');
  if (paths.length === 0) throw new UsageError('give at least one PATH');
  return { format, out, paths };
}

export async function run(argv: string[]): Promise<number> {
  let options: ReturnType<typeof parseOptions>;
  try {
    options = parseOptions(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`cadregraph export: ${error.message}\n${help}\n`);
    return 2;
  }
  const builder = new GraphBuilder();
  let failed = 0;
  for await (const article of extractArticles(options.paths)) {
    if (article.ok) {
      builder.add(article.record);
    } else {
      failed += 1;
      process.stderr.write(`cadregraph: ${article.path}: ${article.reason}\n`);
    }
  }
  const text = exportGraph(builder.batch(), options.format);
  if (options.out === null) process.stdout.write(text);
  else await writeFile(options.out, text, 'utf8');
  return failed > 0 ? 1 : 0;
}
