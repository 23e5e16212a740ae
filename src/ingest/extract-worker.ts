// The body of an extraction worker thread (run by tinypool, see articles.ts):
// a batch of articles in, their outcomes out, in the same order.
import { runArticleTask, type ArticleFormat, type ArticleFormats, type ArticleTask, type TaskOutcome } from './extract-task.js';

export interface WorkerBatch<F extends ArticleFormat> {
  tasks: ArticleTask[];
  maxBytes: number;
  format: F;
}

export default function extractBatch<F extends ArticleFormat>(batch: WorkerBatch<F>): TaskOutcome<ArticleFormats[F]>[] {
  return batch.tasks.map((task) => runArticleTask(task, batch.maxBytes, batch.format));
}
