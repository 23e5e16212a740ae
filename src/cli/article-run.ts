// What every command that reads articles does around the read-and-extract
// stream: count the inputs for the progress total, show progress, list each file
// that fails on its own line (above the progress bar), and time the run.
import { GraphBuilder } from '../graph/build.js';
import { extractArticles } from '../ingest/articles.js';
import { countSources } from '../ingest/read-input.js';
import { Progress } from './progress.js';
import { displayPath, errorLine, warningLine } from './report.js';

export interface Failure {
  path: string;
  reason: string;
}

export class ArticleRun {
  readonly failures: Failure[] = [];
  /** Files whose text repeats an article read before in the run. */
  duplicates = 0;
  private readonly firstPaths = new Map<string, string>();
  /** Files done (extracted or failed) and bytes read. */
  files = 0;
  bytes = 0;
  private readonly started = performance.now();

  private constructor(
    readonly progress: Progress,
    /** How many inputs the paths hold (files, and one per path that cannot be read). */
    readonly total: number,
  ) {}

  /** Counts the inputs under `paths` and starts the progress display. */
  static async start(command: string, paths: readonly string[], quiet = false): Promise<ArticleRun> {
    const total = await countSources(paths);
    return new ArticleRun(new Progress({ command, unit: 'files', total, quiet }), total);
  }

  /** One input done: counted, and listed on standard error if it failed. */
  done(outcome: { path: string; bytes: number } & ({ ok: true } | { ok: false; reason: string })): void {
    this.files += 1;
    this.bytes += outcome.bytes;
    if (!outcome.ok) this.fail(outcome.path, outcome.reason);
    this.progress.advance(1, outcome.bytes);
  }

  /** Notes an article put in the graph; a second file with the same text is said on standard error (it stays one article). */
  read(key: string, path: string): void {
    const first = this.firstPaths.get(key);
    if (first === undefined) this.firstPaths.set(key, path);
    else this.duplicate(path, first);
  }

  duplicate(path: string, first: string): void {
    this.duplicates += 1;
    this.progress.log(warningLine(path, `the same text as ${displayPath(first)}: one article`));
  }

  fail(path: string, reason: string): void {
    this.failures.push({ path, reason });
    this.progress.log(errorLine(path, reason));
  }

  get seconds(): number {
    return (performance.now() - this.started) / 1000;
  }

  stop(): void {
    this.progress.stop();
  }
}

/** Input beyond what one graph in memory may take (buildGraphWithProgress's `budget`). */
export class InputBudgetError extends Error {
  override name = 'InputBudgetError';
  constructor(
    /** Bytes read when the budget ran out. */
    readonly bytes: number,
    readonly budget: number,
  ) {
    super(`more than ${budget} bytes of articles`);
  }
}

/**
 * Extracts every article under `paths` into one graph, with progress; files that
 * fail are listed and left out (one article the extractor cannot handle must not
 * cost the others).
 * @throws InputBudgetError as soon as more than `budget` bytes are read (standard
 *   input included), before the graph outgrows the memory it was given.
 */
export async function buildGraphWithProgress(
  command: string,
  paths: readonly string[],
  options: { jobs: number; maxBytes: number; quiet?: boolean | undefined; budget?: number },
): Promise<{ articles: ArticleRun; builder: GraphBuilder }> {
  const articles = await ArticleRun.start(command, paths, options.quiet);
  const builder = new GraphBuilder();
  const budget = options.budget ?? Infinity;
  try {
    for await (const article of extractArticles(paths, { maxBytes: options.maxBytes, jobs: options.jobs, total: articles.total })) {
      articles.done(article);
      if (articles.bytes > budget) throw new InputBudgetError(articles.bytes, budget);
      if (!article.ok) continue;
      articles.read(article.key, article.path);
      builder.add(article.record, { key: article.key, path: article.path });
    }
  } finally {
    articles.stop();
  }
  return { articles, builder };
}
