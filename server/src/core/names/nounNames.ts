/**
 * Single capitalised words that a common noun shares with a name, decided by where they stand:
 * "Лев сбежал из зоопарка" opens the sentence with the animal, while "…, Песков не исключил"
 * has a surname the dictionary knows only as a plural noun ("of sands") as the subject of a
 * singular verb, which no plural genitive can be.
 */
import type { Doc } from '../doc';
import { opensSentence, wordReadings, type NameWord } from './nameWords';

/**
 * A first name alone opening its sentence that the dictionary also reads as a common noun in its
 * dictionary form (Лев, Роза): the noun. Names the text repeats are found again later, by repetition.
 */
export function sentenceOpeningNoun(doc: Doc, word: NameWord): boolean {
  if (word.kind !== 'first' || !opensSentence(doc, word.token)) return false;
  const key = doc.tokens[word.token].text.toLowerCase();
  return wordReadings(doc, word.token).some((parse) => parse.pos === 'NOUN' && !parse.grammemes.has('Name') && !parse.grammemes.has('Surn') && !parse.grammemes.has('Patr') && parse.lemma === key && !parse.grammemes.has('plur'));
}

const SURNAME_ENDING = /^[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын)$/u;

/**
 * A capitalised word inside the sentence, shaped like a surname, that the dictionary reads only as
 * a plural noun for things (Песков: "of sands", Токаев: "of tokays"), followed by a singular verb
 * (не) заявил / считает: the subject, so a surname.
 */
export function surnameAsSubject(doc: Doc, word: NameWord): boolean {
  const index = word.token;
  const token = doc.tokens[index];
  if (!SURNAME_ENDING.test(token.text) || opensSentence(doc, index)) return false;
  // A weak surname reading may stand beside them (Песков: mostly "of sands").
  const readings = wordReadings(doc, index).filter((parse) => !parse.grammemes.has('Surn'));
  if (readings.length === 0 || !readings.every((parse) => parse.pos === 'NOUN' && parse.grammemes.has('plur') && parse.grammemes.has('inan') && !parse.grammemes.has('Geox') && !parse.grammemes.has('Orgn') && !parse.grammemes.has('Pltm'))) return false;
  // The word before is no capitalised word of the same name (Соединённых Штатов, Вселенских Соборов).
  const before = doc.tokens[index - 1];
  if (before && before.kind === 'word' && before.capitalized && !opensSentence(doc, index - 1)) return false;
  let next = index + 1;
  if (doc.tokens[next]?.text.toLowerCase() === 'не') next++;
  const verb = doc.tokens[next];
  if (!verb || verb.kind !== 'word' || verb.capitalized || doc.sentenceOfToken[next] !== doc.sentenceOfToken[index]) return false;
  const top = doc.parses[next][0];
  if (!top || !top.known || top.pos !== 'VERB' || !top.grammemes.has('sing')) return false;
  return top.grammemes.has('past') ? top.grammemes.has('masc') : top.grammemes.has('3per');
}
