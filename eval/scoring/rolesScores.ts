/**
 * Scores roles against gold: NEREL's WORKS_AS relations (PERSON → PROFESSION) and the seed
 * article's roles per person. A predicted role counts for a gold relation when its span
 * overlaps the gold PROFESSION and one of its person's mentions overlaps the gold PERSON.
 */
import type { ContractResult } from '../../server/src/core/serialize';

/** A half-open `[start, end)` range of UTF-16 offsets. */
export interface OffsetRange {
  start: number;
  end: number;
}

/** One gold WORKS_AS relation: who, and the phrase saying what they work as. */
export interface WorksAs {
  person: OffsetRange;
  profession: OffsetRange;
}

/** Tallies that add up over documents. */
export interface RoleCounts {
  /** Predicted (person, role) pairs that match some gold relation. */
  matchedPredicted: number;
  predicted: number;
  /** Gold relations some predicted pair matches. */
  matchedGold: number;
  gold: number;
}

/**
 * WORKS_AS relations of a brat `.ann` file; a discontinuous span runs from its first start to its
 * last end. A relation written twice between the same two spans counts once.
 */
export function parseWorksAs(ann: string): WorksAs[] {
  const entities = new Map<string, OffsetRange>();
  const relations: [string, string][] = [];
  for (const line of ann.split('\n')) {
    const [id, header] = line.split('\t');
    if (id === undefined || header === undefined) continue;
    const fields = header.split(' ');
    if (id.startsWith('T')) {
      const numbers = header.slice(fields[0].length + 1).split(/[ ;]/).map(Number);
      if (numbers.length >= 2 && numbers.every(Number.isFinite)) entities.set(id, { start: numbers[0], end: numbers[numbers.length - 1] });
    } else if (id.startsWith('R') && fields[0] === 'WORKS_AS') {
      const argument = (name: string) => fields.find((field) => field.startsWith(`${name}:`))?.slice(name.length + 1) ?? '';
      relations.push([argument('Arg1'), argument('Arg2')]);
    }
  }
  const result: WorksAs[] = [];
  const seen = new Set<string>();
  for (const [personId, professionId] of relations) {
    const person = entities.get(personId);
    const profession = entities.get(professionId);
    const key = `${person?.start} ${person?.end} ${profession?.start} ${profession?.end}`;
    if (!person || !profession || seen.has(key)) continue;
    seen.add(key);
    result.push({ person, profession });
  }
  return result;
}

/** Whether two half-open ranges share at least one offset. */
export function overlaps(a: OffsetRange, b: OffsetRange): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Scores one document's predicted roles against its gold WORKS_AS relations. */
export function scoreWorksAs(gold: readonly WorksAs[], result: ContractResult): RoleCounts {
  const pairs = result.people.flatMap((person) => person.roles.map((role) => ({ mentions: person.mentions, role })));
  const matches = (pair: (typeof pairs)[number], relation: WorksAs) =>
    overlaps(pair.role, relation.profession) && pair.mentions.some((mention) => overlaps(mention, relation.person));
  return {
    matchedPredicted: pairs.filter((pair) => gold.some((relation) => matches(pair, relation))).length,
    predicted: pairs.length,
    matchedGold: gold.filter((relation) => pairs.some((pair) => matches(pair, relation))).length,
    gold: gold.length,
  };
}

/**
 * The predicted pairs whose role is also a `role` mention of its person (a title standing for the
 * name, "глава государства заявил"), and how many of them match: they count in the scores like
 * any other role, and are shown apart because NEREL links such a title to a name only now and then.
 */
export function roleMentionPairs(gold: readonly WorksAs[], result: ContractResult): { predicted: number; matched: number } {
  let predicted = 0;
  let matched = 0;
  for (const person of result.people) {
    for (const role of person.roles) {
      if (!person.mentions.some((mention) => mention.kind === 'role' && mention.start === role.start && mention.end === role.end)) continue;
      predicted++;
      if (gold.some((relation) => overlaps(role, relation.profession) && person.mentions.some((mention) => overlaps(mention, relation.person)))) matched++;
    }
  }
  return { predicted, matched };
}

/** Adds `more` into `total` in place. */
export function addRoleCounts(total: RoleCounts, more: RoleCounts): void {
  total.matchedPredicted += more.matchedPredicted;
  total.predicted += more.predicted;
  total.matchedGold += more.matchedGold;
  total.gold += more.gold;
}

/** Precision, recall and F1; a ratio with nothing to divide by is 0. */
export function roleScores(counts: RoleCounts): { precision: number; recall: number; f1: number } {
  const precision = counts.predicted > 0 ? counts.matchedPredicted / counts.predicted : 0;
  const recall = counts.gold > 0 ? counts.matchedGold / counts.gold : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** A person of the seed gold: their nominative name and roles. */
export interface SeedPerson {
  name: string;
  roles?: string[];
}

/** A gold role the analysis missed, for the report. */
export interface MissedRole {
  person: string;
  role: string;
}

/**
 * How many of the seed's roles the analysis found on the right person: a gold role is found when
 * the person with the same name (ё as е, any letter case) has a role with the same nominative form.
 */
export function scoreSeedRoles(gold: readonly SeedPerson[], result: ContractResult): { found: number; total: number; missed: MissedRole[] } {
  const key = (value: string) => value.toLowerCase().replace(/ё/g, 'е').trim();
  let found = 0;
  let total = 0;
  const missed: MissedRole[] = [];
  for (const goldPerson of gold) {
    const person = result.people.find((candidate) => key(candidate.name) === key(goldPerson.name));
    const normalized = new Set(person?.roles.map((role) => key(role.normalized)) ?? []);
    for (const role of goldPerson.roles ?? []) {
      total++;
      if (normalized.has(key(role))) found++;
      else missed.push({ person: goldPerson.name, role });
    }
  }
  return { found, total, missed };
}
