/**
 * One person's surname written with and without a Russian case ending: a surname the dictionary
 * does not know is taken as written when nothing showed its case ("Ким Чен Ына", "Токаеву"), but
 * once the same person appears with the bare stem ("Ким Чен Ын", "Токаев"), the bare stem is the
 * nominative and the longer form an inflection of it.
 */
import { nameKey } from '../names/nameKeys';
import type { Mention } from '../types';

// Endings a Russian case adds to a foreign or unknown surname of a man: -а, -у, -ом, -ым, -е, -ем, -ю, -я.
const CASE_ENDING = /^(?:а|у|ом|ым|е|ем|ю|я)$/u;

function lastWord(text: string): string {
  return text.slice(text.lastIndexOf(' ') + 1);
}

/** Whether the two texts end in the same word (after their last space), compared in place: this runs for every mention of every person. */
function sameLastWord(a: string, b: string): boolean {
  const aStart = a.lastIndexOf(' ') + 1;
  const bStart = b.lastIndexOf(' ') + 1;
  const length = a.length - aStart;
  if (length !== b.length - bStart) return false;
  for (let i = 0; i < length; i++) if (a.charCodeAt(aStart + i) !== b.charCodeAt(bStart + i)) return false;
  return true;
}

/**
 * The bare nominative of the person's surname, given their name mentions and the surname as
 * gathered so far; mentions whose last word was kept as written but is that nominative plus a
 * case ending get it. Returns the surname to keep.
 */
export function settleCaseEndings(mentions: readonly Mention[], surname: string | undefined): string | undefined {
  if (surname === undefined || mentions.length < 2) return surname;
  // Last words kept as written: their nominative is unknown or is the word itself.
  const asWritten = mentions.filter((mention) => sameLastWord(mention.normalized, mention.text) && !womansNominative(mention));
  if (asWritten.length === 0) return surname;
  const forms = new Set(mentions.map((mention) => lastWord(mention.normalized)));
  forms.add(lastWord(surname));
  // The shortest form that another form extends by a case ending is the stem.
  const stems = [...forms].filter((stem) => [...forms].some((form) => extendsByEnding(form, stem)));
  if (stems.length !== 1) return surname;
  const stem = stems[0];
  for (const mention of asWritten) {
    const word = lastWord(mention.normalized);
    if (extendsByEnding(word, stem)) mention.normalized = `${mention.normalized.slice(0, mention.normalized.length - word.length)}${stem}`;
  }
  const kept = lastWord(surname);
  return extendsByEnding(kept, stem) ? `${surname.slice(0, surname.length - kept.length)}${stem}` : surname;
}

/**
 * A first name in -а/-я and a surname in -ова/-ина, both read as written: a woman's name in the
 * nominative ("Виктория Смирнова"), whose -а is no case ending of a man's "Смирнов" met elsewhere.
 */
function womansNominative(mention: Mention): boolean {
  const space = mention.normalized.indexOf(' ');
  if (space < 0) return false;
  const first = mention.normalized.slice(0, space);
  // The cheap tests first: this runs for every mention of every person.
  return /[ая]$/u.test(first) && /(?:ов|ев|ёв|ин|ын)а$/u.test(lastWord(mention.normalized)) && mention.text.split(/\s+/u)[0] === first;
}

/**
 * A soft stem: an ending taken off by rule leaves "Голл" from "Голле", but the person written bare
 * as "Голль" shows the soft sign; every mention and the surname take it.
 */
export function settleSoftSign(mentions: readonly Mention[], surname: string | undefined): string | undefined {
  if (surname === undefined || mentions.length < 2) return surname;
  const written = new Set(mentions.filter((mention) => sameLastWord(mention.normalized, mention.text)).map((mention) => lastWord(mention.normalized)));
  // Only a word written with the soft sign gives it to others: most people have none, and nothing changes.
  if (![...written].some((word) => word.endsWith('ь'))) return surname;
  const soft = (word: string) => (/[бвгдзклмнпрстфх]$/u.test(word) && written.has(`${word}ь`) ? `${word}ь` : undefined);
  for (const mention of mentions) {
    const word = lastWord(mention.normalized);
    const fixed = soft(word);
    if (fixed && lastWord(mention.text) !== word) mention.normalized = `${mention.normalized.slice(0, mention.normalized.length - word.length)}${fixed}`;
  }
  const kept = lastWord(surname);
  const fixed = soft(kept);
  return fixed ? `${surname.slice(0, surname.length - kept.length)}${fixed}` : surname;
}

function extendsByEnding(form: string, stem: string): boolean {
  const formKey = nameKey(form);
  const stemKey = nameKey(stem);
  return formKey.length > stemKey.length && formKey.startsWith(stemKey) && CASE_ENDING.test(formKey.slice(stemKey.length)) && /[бвгджзйклмнпрстфхцчшщ]$/u.test(stemKey);
}
