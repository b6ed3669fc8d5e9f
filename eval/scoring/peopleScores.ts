/**
 * Scores the people of one analysed document against gold person spans: exact spans, per token,
 * and how often a mention's nominative form equals the gold one; plus the seed article's check
 * that its people come out exactly as its gold lists them.
 */
import type { ContractMention, ContractPerson } from '../../server/src/core/serialize';
import type { GoldPerson } from './corpusFormats';
import { addCounts, countExactSpans, countTokens, emptyCounts, scoringTokens, type Counts } from './spanScores';

/** What the people suite adds up over a corpus. */
export interface PeopleTally {
  exact: Counts;
  tokens: Counts;
  /** Mentions that match a gold span whose nominative form is known, and how many of them agree. */
  normalizedCorrect: number;
  normalizedTotal: number;
  /** Where given, each mention whose nominative differs from gold's, as a line to print. */
  normalizedMisses?: string[];
  /**
   * Linking, pairwise: among predicted mentions that match a gold span with a known entity, pairs
   * of mentions put in one person (predicted) against pairs of one entity (gold).
   */
  links: Counts;
}

export function emptyTally(): PeopleTally {
  return { exact: emptyCounts(), tokens: emptyCounts(), normalizedCorrect: 0, normalizedTotal: 0, links: emptyCounts() };
}

/** Name mentions of all people, as ranges with their nominative forms. */
export function nameMentions(people: readonly ContractPerson[]): ContractMention[] {
  return people.flatMap((person) => person.mentions.filter((mention) => mention.kind === 'name'));
}

/** Lower case with ё folded: the form in which two spellings of one name compare equal. */
export function comparableName(value: string): string {
  return value.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

/** Adds one document's figures into `tally`. */
export function tallyDocument(tally: PeopleTally, text: string, gold: readonly GoldPerson[], people: readonly ContractPerson[]): void {
  const mentions = nameMentions(people);
  addCounts(tally.exact, countExactSpans(gold, mentions));
  addCounts(tally.tokens, countTokens(scoringTokens(text), gold.flatMap((person) => person.pieces), mentions));
  const expected = new Map<string, string>();
  for (const person of gold) if (person.normalized) expected.set(`${person.start}:${person.end}`, person.normalized);
  for (const mention of mentions) {
    const wanted = expected.get(`${mention.start}:${mention.end}`);
    if (wanted === undefined) continue;
    tally.normalizedTotal++;
    if (comparableName(wanted) === comparableName(mention.normalized)) tally.normalizedCorrect++;
    else tally.normalizedMisses?.push(`${mention.text} → ${mention.normalized} (gold ${wanted})`);
  }
  addCounts(tally.links, countLinks(gold, people));
}

/** Pairwise linking counts over the mentions that match a gold span with an entity. */
export function countLinks(gold: readonly GoldPerson[], people: readonly ContractPerson[]): Counts {
  const entityAt = new Map<string, string>();
  for (const person of gold) if (person.entity !== undefined) entityAt.set(`${person.start}:${person.end}`, person.entity);
  const matched: { entity: string; person: string }[] = [];
  for (const person of people) {
    for (const mention of person.mentions) {
      const entity = entityAt.get(`${mention.start}:${mention.end}`);
      if (mention.kind === 'name' && entity !== undefined) matched.push({ entity, person: person.id });
    }
  }
  const counts = emptyCounts();
  for (let i = 0; i < matched.length; i++) {
    for (let j = i + 1; j < matched.length; j++) {
      const samePerson = matched[i].person === matched[j].person;
      const sameEntity = matched[i].entity === matched[j].entity;
      if (samePerson) counts.predicted++;
      if (sameEntity) counts.gold++;
      if (samePerson && sameEntity) counts.truePositives++;
    }
  }
  return counts;
}

/** The seed gold's people: name, gender and name mentions in reading order. */
export interface SeedPerson {
  name: string;
  gender: 'male' | 'female' | null;
  mentions: string[];
}

/** Differences between the predicted people and the seed gold; empty when they agree exactly. */
export function compareSeedPeople(gold: readonly SeedPerson[], notPeople: readonly string[], people: readonly ContractPerson[]): string[] {
  const problems: string[] = [];
  const unmatched = new Set(people);
  for (const wanted of gold) {
    const found = people.find((person) => comparableName(person.name) === comparableName(wanted.name));
    if (!found) {
      problems.push(`missing person ${wanted.name}`);
      continue;
    }
    unmatched.delete(found);
    if (found.gender !== wanted.gender) problems.push(`${wanted.name}: gender ${found.gender}, want ${wanted.gender}`);
    const texts = found.mentions.filter((mention) => mention.kind === 'name').map((mention) => mention.text);
    if (texts.join('|') !== wanted.mentions.join('|')) problems.push(`${wanted.name}: mentions [${texts.join(', ')}], want [${wanted.mentions.join(', ')}]`);
  }
  for (const extra of unmatched) problems.push(`extra person ${extra.name} (${extra.mentions.map((mention) => mention.text).join(', ')})`);
  const forbidden = new Set(notPeople);
  for (const mention of nameMentions(people)) {
    if (forbidden.has(mention.text)) problems.push(`not a person: ${mention.text}`);
  }
  return problems;
}
