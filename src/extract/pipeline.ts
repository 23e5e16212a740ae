// The ordered extraction stages. Placeholder until the stages land.
import type { ArticleRecord } from './contract.js';

export function runPipeline(text: string, id: string): ArticleRecord {
  const title = text.split('\n').map((l) => l.trim()).find((l) => l.length > 0) ?? null;
  return { article: { id, title, published: null, author: null }, events: [], people: [] };
}
