/**
 * Quotations: direct quotes against quotes-dev and the seed article, reported speech against
 * the seed. Set QUOTES_VERBOSE=1 to print every miss, extra and wrong speaker.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { EvalContext } from '../context';
import { addCounts, figuresOf, NO_COUNTS, placeGold, scoreArticle, type GoldQuote, type QuoteCounts } from '../scoring/quotes';

export const name = 'quotes';

interface Article {
  file: string;
  text: string;
  gold: GoldQuote[];
}

export async function run(context: EvalContext): Promise<void> {
  const devDir = path.join(context.corpus, 'quotes-dev');
  const dev: Article[] = fs.readdirSync(devDir).filter((file) => file.endsWith('.quotes.json')).sort().map((file) => {
    const textFile = path.join(devDir, file.replace(/\.quotes\.json$/, '.txt'));
    return { file: textFile, text: fs.readFileSync(textFile, 'utf8'), gold: readGold(path.join(devDir, file)) };
  });
  const seedFile = path.join(context.corpus, 'seed', 'kremlin-talks.txt');
  const seed: Article = { file: seedFile, text: fs.readFileSync(seedFile, 'utf8'), gold: readGold(path.join(context.corpus, 'seed', 'kremlin-talks.gold.json')) };

  const { results } = await context.analyzeFiles([...dev.map((article) => article.file), seed.file]);
  const countsOf = (article: Article, index: number, kind: 'direct' | 'indirect'): QuoteCounts => {
    const result = results[index];
    const gold = placeGold(article.text, article.gold.filter((entry) => entry.kind === kind));
    return scoreArticle(gold, result.quotes.filter((quote) => quote.kind === kind), result.people, path.basename(article.file));
  };

  const unplaced = [...dev, seed].reduce((count, article) => count + article.gold.length - placeGold(article.text, article.gold).length, 0);
  if (unplaced > 0) context.report(name, 'gold entries not found in their text', unplaced);
  const devCounts = dev.reduce((total, article, index) => addCounts(total, countsOf(article, index, 'direct')), NO_COUNTS);
  const devFigures = figuresOf(devCounts);
  context.report(name, 'quotes-dev direct gold / predicted', `${devCounts.gold} / ${devCounts.predicted}`);
  context.report(name, 'quotes-dev direct detection precision', devFigures.precision);
  context.report(name, 'quotes-dev direct detection recall', devFigures.recall);
  context.report(name, 'quotes-dev direct detection F1', devFigures.f1);
  context.report(name, 'quotes-dev attribution accuracy', devFigures.attribution);
  context.report(name, 'quotes-dev end-to-end accuracy', devFigures.endToEnd);

  const seedDirect = countsOf(seed, dev.length, 'direct');
  const seedIndirect = countsOf(seed, dev.length, 'indirect');
  context.report(name, 'seed direct found / right / gold', `${seedDirect.goldFound} / ${seedDirect.attributedRight} / ${seedDirect.gold}`);
  context.report(name, 'seed direct extra', seedDirect.predicted - seedDirect.predictedMatched);
  context.report(name, 'seed indirect found / right / gold', `${seedIndirect.goldFound} / ${seedIndirect.attributedRight} / ${seedIndirect.gold}`);
  context.report(name, 'seed indirect extra', seedIndirect.predicted - seedIndirect.predictedMatched);

  if (process.env.QUOTES_VERBOSE) {
    for (const note of [...devCounts.notes, ...seedDirect.notes, ...seedIndirect.notes]) console.log(`  ${note}`);
  }
}

function readGold(file: string): GoldQuote[] {
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as { quotes?: GoldQuote[] };
  return parsed.quotes ?? [];
}
