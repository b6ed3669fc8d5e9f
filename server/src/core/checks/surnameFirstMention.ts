import type { Check } from './check';
import type { Finding, Mention, Person } from '../types';
import { nameKey } from '../names/nameKeys';

/**
 * A person introduced by surname alone: news style names a person in full (first name and
 * surname, or initials) at the first mention and by surname after that. Reported at the first
 * mention, as information when the full name comes later and as a hint when it never comes; `data.fullName` and `data.fullMentionStart` point at a later full mention, if any.
 */
export const surnameFirstMention: Check = {
  code: 'surname-first-mention',
  defaultSeverity: 'information',
  description: 'A person first appears by surname only; the full name comes later or never.',
  run({ people }) {
    const findings: Finding[] = [];
    for (const person of people) {
      const names = person.mentions.filter((mention) => mention.kind === 'name');
      const first = names[0];
      if (!first) continue;
      const surname = surnameKey(person);
      if (!isSurnameOnly(first, surname)) continue;
      const full = names.find((mention) => !isSurnameOnly(mention, surname));
      findings.push({
        // "Never in full" is often right for the famous and the mononymous (Обама, Бейонсе), so it only hints.
        start: first.start, end: first.end, code: 'surname-first-mention', severity: full ? 'information' : 'hint',
        message: full
          ? `${person.name} is first mentioned by surname only; the full name comes later.`
          : `${person.name} is mentioned by surname only; the article never gives the full name.`,
        data: { personId: person.id, name: person.name, ...(full ? { fullName: full.normalized, fullMentionStart: full.start } : {}) },
      });
    }
    return findings;
  },
};

/** One word equal to the person's surname (the last word of the fullest name; names stage finds lone words only when they can be surnames), given as its `nameKey`. */
function isSurnameOnly(mention: Mention, surname: string): boolean {
  const word = mention.normalized.trim();
  return word !== '' && !/\s/.test(word) && nameKey(word) === surname;
}

/** The `nameKey` of the last word of the person's name, once per person; '' when the name has no word. */
function surnameKey(person: Person): string {
  const nameWords = person.name.split(/\s+/).filter(Boolean);
  const surname = nameWords[nameWords.length - 1];
  return surname === undefined ? '' : nameKey(surname);
}
