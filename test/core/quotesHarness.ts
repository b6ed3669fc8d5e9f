/**
 * Runs the quotation stage on a text with hand-made people, so that quote tests do not depend on
 * how the names, people and roles stages evolve. Quotes print as "kind|text|speaker|cue", the
 * speaker being the person's name, the speaker text, or "-".
 */
import { prepareDoc } from '../../server/src/core/analyze';
import type { Morphology } from '../../server/src/core/morphology/morphology';
import { findQuotes, type QuoteResult } from '../../server/src/core/quotes/findQuotes';
import type { Gender, Mention, Person } from '../../server/src/core/types';

/** A person for a test: nominative name, gender, the forms to mark as name mentions, roles and role mentions. */
export interface TestPerson {
  name: string;
  gender: Gender | null;
  forms: string[];
  roles?: string[];
  /** Phrases in the text to mark as mentions of kind 'role' (as the roles stage does), "written→nominative" when they differ. */
  roleMentions?: string[];
}

/** Marks every whole-word occurrence of each form, longest forms first, as a mention. */
function mentionsOf(text: string, forms: readonly string[], kind: Mention['kind'], normalized: string, taken: boolean[]): Mention[] {
  const mentions: Mention[] = [];
  const nominativeOf = new Map(forms.map((form) => form.split('→') as [string, string]).filter((parts) => parts.length === 2));
  const phrases = forms.map((form) => form.split('→')[0]);
  for (const phrase of [...phrases].sort((a, b) => b.length - a.length)) {
    const pattern = new RegExp(`(?<![\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      const end = start + phrase.length;
      if (taken.slice(start, end).some(Boolean)) continue;
      taken.fill(true, start, end);
      mentions.push({ start, end, text: phrase, kind, normalized: kind === 'name' ? normalized : nominativeOf.get(phrase) ?? phrase });
    }
  }
  return mentions;
}

/** Builds people with mentions and roles placed in the text. */
export function placePeople(text: string, people: readonly TestPerson[]): Person[] {
  const taken = new Array<boolean>(text.length).fill(false);
  return people.map((person, index) => {
    const mentions = [...mentionsOf(text, person.roleMentions ?? [], 'role', person.name, taken), ...mentionsOf(text, person.forms, 'name', person.name, taken)]
      .sort((a, b) => a.start - b.start);
    const roles = (person.roles ?? []).map((role) => {
      const start = Math.max(0, text.toLowerCase().indexOf(role.toLowerCase()));
      return { start, end: start + role.length, text: role, normalized: role };
    });
    return { id: `p${index + 1}`, name: person.name, gender: person.gender, mentions, roles };
  });
}

/** The quotation stage's result on the text. */
export function quotesIn(text: string, morphology: Morphology, people: readonly TestPerson[] = []): { result: QuoteResult; people: Person[] } {
  const placed = placePeople(text, people);
  return { result: findQuotes(prepareDoc(text, morphology), placed), people: placed };
}

/** Quotes as "kind|text|speaker|cue" lines. */
export function describeQuotes(text: string, morphology: Morphology, people: readonly TestPerson[] = []): string[] {
  const { result, people: placed } = quotesIn(text, morphology, people);
  return result.quotes.map((quote) => {
    const speaker = quote.speakerId ? placed.find((person) => person.id === quote.speakerId)?.name : quote.speakerText;
    return `${quote.kind}|${quote.text}|${speaker ?? '-'}|${quote.cue?.text ?? '-'}`;
  });
}
