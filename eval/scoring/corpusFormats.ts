/**
 * Reads person annotations from the two gold formats: NEREL's brat standoff (`.ann`) and
 * factRuEval-2016's `.spans` / `.objects` / `.coref`.
 */
import type { Range } from './spanScores';

/** A gold person span; a discontinuous brat span keeps its pieces, its range runs first to last. */
export interface GoldPerson extends Range {
  pieces: Range[];
  /** The nominative name where the corpus gives it (factRuEval's coreference slots). */
  normalized?: string;
  /** The entity the span refers to, where the corpus links mentions (factRuEval's coreference chains). */
  entity?: string;
}

/** PERSON entities of a brat `.ann` file: `T1\tPERSON 6 11\tОбамы`, pieces as `s1 e1;s2 e2`. */
export function parseBratPersons(ann: string, type = 'PERSON'): GoldPerson[] {
  const persons: GoldPerson[] = [];
  for (const line of ann.split('\n')) {
    const [id, header] = line.split('\t');
    if (!id?.startsWith('T') || header === undefined) continue;
    const space = header.indexOf(' ');
    if (header.slice(0, space) !== type) continue;
    const pieces = header.slice(space + 1).split(';').map((piece) => {
      const [start, end] = piece.trim().split(/\s+/).map(Number);
      return { start, end };
    });
    if (pieces.some((piece) => !Number.isFinite(piece.start) || !Number.isFinite(piece.end))) continue;
    persons.push({ start: pieces[0].start, end: pieces[pieces.length - 1].end, pieces });
  }
  return persons;
}

interface FactRuSpan extends Range {
  type: string;
}

/**
 * Person objects of a factRuEval document. As in naeval, an object covers its spans from the
 * first start to the last end. The nominative name joins the coreference chain's firstname /
 * patronymic / lastname slots in the order the object's own spans (name, patronymic, surname) stand.
 */
export function parseFactRuPersons(spansFile: string, objectsFile: string, corefFile = ''): GoldPerson[] {
  const spans = new Map<string, FactRuSpan>();
  for (const line of spansFile.split('\n')) {
    const [id, type, start, length] = line.trim().split(/\s+/);
    if (id && length !== undefined) spans.set(id, { type, start: Number(start), end: Number(start) + Number(length) });
  }
  const slotsOfObject = parseCorefSlots(corefFile);
  const entityOfObject = parseCorefEntities(corefFile);
  const persons: GoldPerson[] = [];
  for (const line of objectsFile.split('\n')) {
    const fields = line.split('#')[0].trim().split(/\s+/);
    if (fields[1] !== 'Person') continue;
    const pieces = fields.slice(2).map((id) => spans.get(id)).filter((span): span is FactRuSpan => span !== undefined);
    if (pieces.length === 0) continue;
    pieces.sort((a, b) => a.start - b.start);
    const person: GoldPerson = { start: Math.min(...pieces.map((piece) => piece.start)), end: Math.max(...pieces.map((piece) => piece.end)), pieces };
    const normalized = normalizedName(pieces, slotsOfObject.get(fields[0]));
    if (normalized) person.normalized = normalized;
    const entity = entityOfObject.get(fields[0]);
    if (entity !== undefined) person.entity = entity;
    persons.push(person);
  }
  return persons;
}

const SLOT_OF_SPAN: Record<string, string> = { name: 'firstname', patronymic: 'patronymic', surname: 'lastname' };

function normalizedName(pieces: FactRuSpan[], slots: Map<string, string> | undefined): string | undefined {
  if (!slots) return undefined;
  const words: string[] = [];
  for (const piece of pieces) {
    const value = slots.get(SLOT_OF_SPAN[piece.type] ?? '');
    if (value === undefined) return undefined;
    words.push(value);
  }
  return words.join(' ');
}

/** Object id → slot name → value, from blocks like `48 10435 10441\nfirstname Юрий\nlastname Лужков`. */
function parseCorefSlots(corefFile: string): Map<string, Map<string, string>> {
  const result = new Map<string, Map<string, string>>();
  for (const block of corefFile.split(/\n\s*\n/)) {
    const [header, ...lines] = block.trim().split('\n');
    if (!header) continue;
    const slots = new Map<string, string>();
    for (const line of lines) {
      const space = line.indexOf(' ');
      if (space > 0) slots.set(line.slice(0, space), line.slice(space + 1).trim());
    }
    for (const objectId of header.trim().split(/\s+/).slice(1)) result.set(objectId, slots);
  }
  return result;
}

/** Object id → the id of its coreference chain. */
function parseCorefEntities(corefFile: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const block of corefFile.split(/\n\s*\n/)) {
    const [chain, ...objects] = (block.trim().split('\n')[0] ?? '').trim().split(/\s+/);
    if (chain) for (const objectId of objects) result.set(objectId, chain);
  }
  return result;
}
