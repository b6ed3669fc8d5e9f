/**
 * Scores predicted quotations against gold ones (../shared/corpus/QUOTES-GUIDE.md): detection
 * by overlap, attribution by speaker name, and the counts that sum over a corpus.
 */
import type { ContractPerson, ContractQuote } from '../../server/src/core/serialize';

/** One gold entry as the corpus stores it. */
export interface GoldQuote {
  text: string;
  occurrence?: number;
  kind: 'direct' | 'indirect';
  speaker: string | null;
  speakerKind: 'person' | 'org' | 'unnamed' | 'none';
  cue?: string;
}

/** A gold entry placed in its article. */
export interface PlacedGold extends GoldQuote {
  start: number;
  end: number;
}

/** Counts that add up over articles; figures come from {@link figuresOf}. */
export interface QuoteCounts {
  gold: number;
  predicted: number;
  /** Predicted quotes overlapping some gold quote. */
  predictedMatched: number;
  /** Gold quotes overlapped by some predicted quote. */
  goldFound: number;
  /** Found gold quotes whose best-overlapping prediction names the right speaker. */
  attributedRight: number;
  /** Human-readable misses, for the verbose report. */
  notes: string[];
}

/** The figures reported for a set of articles. */
export interface QuoteFigures {
  precision: number;
  recall: number;
  f1: number;
  /** Right speakers among the found gold quotes. */
  attribution: number;
  /** Right speakers among all gold quotes. */
  endToEnd: number;
}

/** Places each gold entry at its `occurrence`-th verbatim occurrence; entries not found are skipped. */
export function placeGold(text: string, gold: readonly GoldQuote[]): PlacedGold[] {
  const placed: PlacedGold[] = [];
  for (const entry of gold) {
    let at = -1;
    for (let n = 0; n < (entry.occurrence ?? 1); n++) {
      at = text.indexOf(entry.text, at + 1);
      if (at < 0) break;
    }
    if (at >= 0) placed.push({ ...entry, start: at, end: at + entry.text.length });
  }
  return placed;
}

/** Lower case, ё as е, punctuation dropped, spaces collapsed: "МИД  России." → "мид россии". */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/ё/g, 'е').replace(/[^\p{L}\p{N}\s-]/gu, ' ').replace(/\s+/g, ' ').trim();
}

function surname(name: string): string {
  const words = normalizeName(name).split(' ');
  return words[words.length - 1] ?? '';
}

/** Whether the predicted speaker (person name or speaker text, null for none) is the gold speaker. */
export function sameSpeaker(gold: Pick<GoldQuote, 'speaker' | 'speakerKind'>, predicted: string | null): boolean {
  if (gold.speaker === null || gold.speakerKind === 'none') return predicted === null;
  if (predicted === null) return false;
  if (gold.speakerKind === 'person') return sameSurname(surname(gold.speaker), surname(predicted));
  return normalizeName(gold.speaker) === normalizeName(predicted);
}

/** The name the prediction gives its speaker: the person's name, else the speaker text. */
export function speakerName(quote: ContractQuote, people: readonly ContractPerson[]): string | null {
  if (quote.speaker !== null) return people.find((person) => person.id === quote.speaker)?.name ?? quote.speaker;
  return quote.speakerText;
}

// The people stage owns case normalisation; a surname left inflected ("Гренелла") still names
// the right person, which is what attribution measures.
function sameSurname(gold: string, predicted: string): boolean {
  if (gold === predicted) return true;
  const [shorter, longer] = gold.length <= predicted.length ? [gold, predicted] : [predicted, gold];
  return shorter.length >= 4 && longer.startsWith(shorter) && longer.length - shorter.length <= 2;
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/** Scores one article's predictions of one kind against its gold entries of that kind. */
export function scoreArticle(gold: readonly PlacedGold[], predicted: readonly ContractQuote[], people: readonly ContractPerson[], label = ''): QuoteCounts {
  const counts: QuoteCounts = { gold: gold.length, predicted: predicted.length, predictedMatched: 0, goldFound: 0, attributedRight: 0, notes: [] };
  for (const quote of predicted) {
    if (gold.some((entry) => overlap(entry, quote) > 0)) counts.predictedMatched++;
    else counts.notes.push(`${label} extra: «${clip(quote.text)}» (${speakerName(quote, people) ?? 'none'})`);
  }
  for (const entry of gold) {
    let best: ContractQuote | undefined;
    for (const quote of predicted) {
      if (overlap(entry, quote) > 0 && (!best || overlap(entry, quote) > overlap(entry, best))) best = quote;
    }
    if (!best) {
      counts.notes.push(`${label} missed: «${clip(entry.text)}» (${entry.speaker ?? 'none'})`);
      continue;
    }
    counts.goldFound++;
    const name = speakerName(best, people);
    if (sameSpeaker(entry, name)) counts.attributedRight++;
    else counts.notes.push(`${label} wrong speaker: «${clip(entry.text)}» gold ${entry.speaker ?? 'none'}, got ${name ?? 'none'}`);
  }
  return counts;
}

/** Adds article counts together. */
export function addCounts(total: QuoteCounts, more: QuoteCounts): QuoteCounts {
  return {
    gold: total.gold + more.gold,
    predicted: total.predicted + more.predicted,
    predictedMatched: total.predictedMatched + more.predictedMatched,
    goldFound: total.goldFound + more.goldFound,
    attributedRight: total.attributedRight + more.attributedRight,
    notes: [...total.notes, ...more.notes],
  };
}

/** The empty tally to add articles to. */
export const NO_COUNTS: QuoteCounts = { gold: 0, predicted: 0, predictedMatched: 0, goldFound: 0, attributedRight: 0, notes: [] };

/** Precision, recall, F1, attribution accuracy and end-to-end accuracy; an empty ratio counts as 1. */
export function figuresOf(counts: QuoteCounts): QuoteFigures {
  const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
  const precision = ratio(counts.predictedMatched, counts.predicted);
  const recall = ratio(counts.goldFound, counts.gold);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, attribution: ratio(counts.attributedRight, counts.goldFound), endToEnd: ratio(counts.attributedRight, counts.gold) };
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
