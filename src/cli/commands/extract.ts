// `cadregraph extract PATH...`: articles in, one contract record per article
// out (JSON Lines, or a text summary), in input order, extracted on every core.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { Command, Option } from 'commander';
import { extractArticles, extractArticlesAsJson, extractionThreads } from '../../ingest/articles.js';
import { ArticleRun } from '../article-run.js';
import { formatArticleText } from '../format-text.js';
import { articleCommand, PATH_HELP, type ReadingOptions, type ReportingOptions } from '../options.js';
import { count, duration, megabytesPerSecond, plural, printSummary } from '../report.js';

interface ExtractOptions extends ReadingOptions, ReportingOptions {
  format: 'json' | 'text';
}

// Buffers output into large writes and waits when the pipe is full, so a slow
// reader holds back extraction instead of letting output pile up in memory.
// A reader that goes away (`| head`) ends the run quietly.
class OutputBuffer {
  private pending: string[] = [];
  private size = 0;
  private failure: Error | null = null;
  closed = false;

  // On a terminal each article shows as soon as it is extracted.
  constructor(private readonly out: Writable, private readonly batchChars = 65536) {
    out.on('error', (error: NodeJS.ErrnoException) => {
      this.closed = true;
      if (error.code !== 'EPIPE') this.failure = error;
    });
  }

  async write(text: string): Promise<void> {
    this.pending.push(text);
    this.size += text.length;
    if (this.size >= this.batchChars) await this.flush();
  }

  private check(): void {
    if (this.failure) throw new Error(`cannot write the output: ${this.failure.message}`);
  }

  async flush(): Promise<void> {
    this.check();
    if (this.pending.length === 0 || this.closed) return;
    const chunk = this.pending.join('');
    this.pending = [];
    this.size = 0;
    if (!this.out.write(chunk) && !this.closed) {
      // once() rejects when 'error' comes first; the listener above has
      // already recorded it, so waiting simply ends.
      await Promise.race([once(this.out, 'drain'), once(this.out, 'close')]).catch(() => undefined);
      this.check();
    }
  }
}

async function run(paths: string[], options: ExtractOptions): Promise<number> {
  const out = new OutputBuffer(process.stdout, process.stdout.isTTY ? 1 : 65536);
  const articles = await ArticleRun.start('extract', paths, options.quiet);
  const stream = { maxBytes: options.maxBytes, jobs: options.jobs, total: articles.total };
  try {
    if (options.format === 'json') {
      // Workers serialise the records, so the main thread only writes lines.
      for await (const article of extractArticlesAsJson(paths, stream)) {
        if (out.closed) break;
        articles.done(article);
        if (article.ok) await out.write(article.json + '\n');
      }
    } else {
      for await (const article of extractArticles(paths, stream)) {
        if (out.closed) break;
        articles.done(article);
        if (article.ok) await out.write(formatArticleText(article.record) + '\n\n');
      }
    }
    await out.flush();
  } finally {
    articles.stop();
  }
  // The reader went away: stop as quietly as `head` expects.
  if (out.closed) return 0;
  const failed = articles.failures.length;
  printSummary(
    { json: options.json, quiet: options.quiet, stream: process.stderr },
    () =>
      `cadregraph extract: ${plural(articles.files - failed, 'article')} extracted` +
      (failed > 0 ? `, ${count(failed)} failed` : '') +
      ` in ${duration(articles.seconds)} (${megabytesPerSecond(articles.bytes, articles.seconds)}, ${plural(extractionThreads(stream), 'thread')})\n`,
    () => ({
      command: 'extract',
      articles: articles.files - failed,
      failed,
      failures: articles.failures,
      bytes: articles.bytes,
      seconds: Number(articles.seconds.toFixed(3)),
      threads: extractionThreads(stream),
    }),
  );
  return failed > 0 ? 1 : 0;
}

const HELP = {
  examples: [
    'cadregraph extract articles/ > facts.jsonl',
    'cadregraph extract --format text article.txt',
    'cat article.txt | cadregraph extract -',
    'cadregraph extract --jobs 4 --quiet --json corpus/ > facts.jsonl 2> summary.json',
  ],
  notes: `${PATH_HELP}\nThe summary goes to standard error, after the records.`,
};

export function extractCommand(): Command {
  const command = new Command('extract')
    .summary('extract officials, positions and events as JSON Lines')
    .description('Extracts officials, their positions, and meeting events from Vietnamese news articles, one record per article in input order (docs/extraction-contract.md).')
    .argument('<PATH...>', 'articles: files, folders, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'json: JSON Lines, one line per article; text: a readable block per article').choices(['json', 'text']).default('json'));
  return articleCommand<ExtractOptions>(command, HELP, run);
}
