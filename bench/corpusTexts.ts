/** Article texts for the benchmark: every .txt under ../shared/corpus (or RU_NEWS_LENS_CORPUS). */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const CORPUS = path.resolve(process.env.RU_NEWS_LENS_CORPUS ?? path.join(__dirname, '..', '..', 'shared', 'corpus'));

export function corpusTexts(): string[] {
  const texts: string[] = [];
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.txt')) texts.push(fs.readFileSync(full, 'utf8'));
    }
  };
  walk(CORPUS);
  return texts;
}

/** A document of about `size` characters made of whole articles, separated by blank lines. */
export function documentOfSize(texts: readonly string[], size: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const text = texts[i % texts.length];
    parts.push(text);
    length += text.length + 2;
  }
  return parts.join('\n\n').slice(0, size);
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
