/**
 * Puts a new name word in the grammatical form an old one has in the text: Уиткоффа is Уиткофф
 * in the genitive, so Уиткоф becomes Уиткофа; Ивановой is Иванова in the genitive, so Петрова
 * becomes Петровой. Uses the dictionary when it knows both words as names, and otherwise moves the
 * old form's ending over to the new word, which is how unknown foreign surnames decline.
 */
import { caseOf, type Morphology, type WordParse } from '../morphology/morphology';
import { nameKey } from '../names/nameKeys';

const NAME_TAGS = ['Surn', 'Name', 'Patr'] as const;

/**
 * The form of `newNominative` that matches `oldForm`, given that `oldForm` is a form of
 * `oldNominative`. The new word keeps its own capitals unless the old form is all capitals.
 */
export function inflectLike(oldForm: string, oldNominative: string, newNominative: string, morphology: Morphology): string {
  if (nameKey(oldForm) === nameKey(oldNominative)) return newNominative;
  const result = byDictionary(oldForm, oldNominative, newNominative, morphology) ?? byEnding(oldForm, oldNominative, newNominative);
  return oldForm.length > 1 && oldForm === oldForm.toUpperCase() ? result.toUpperCase() : result;
}

function byDictionary(oldForm: string, oldNominative: string, newNominative: string, morphology: Morphology): string | undefined {
  const old = morphology.parse(oldForm).find((parse) => parse.known && nameTag(parse) !== undefined
    && nameKey(parse.inflect(nominativeGrammemes(parse)) ?? '') === nameKey(oldNominative));
  if (!old) return undefined;
  const tag = nameTag(old)!;
  const gender = genderGrammeme(old);
  const wanted = caseOf(old);
  if (!wanted) return undefined;
  const fresh = morphology.parse(newNominative).find((parse) => parse.known && parse.grammemes.has(tag)
    && caseOf(parse) === 'nomn' && (gender === undefined || genderGrammeme(parse) === gender));
  const form = fresh?.inflect([wanted, 'sing', ...(gender ? [gender] : [])]);
  return form ? matchCapitals(form, newNominative) : undefined;
}

/** Уиткофф : Уиткоффа = Уиткоф : Уиткофа; Иванова : Ивановой = Петрова : Петровой. */
function byEnding(oldForm: string, oldNominative: string, newNominative: string): string {
  const form = nameKey(oldForm);
  const nominative = nameKey(oldNominative);
  let common = 0;
  while (common < form.length && form[common] === nominative[common]) common++;
  const oldEnding = nominative.slice(common);
  const formEnding = oldForm.slice(common);
  if (!nameKey(newNominative).endsWith(oldEnding)) return newNominative;
  return newNominative.slice(0, newNominative.length - oldEnding.length) + formEnding;
}

function nameTag(parse: WordParse): (typeof NAME_TAGS)[number] | undefined {
  return NAME_TAGS.find((tag) => parse.grammemes.has(tag));
}

function genderGrammeme(parse: WordParse): 'masc' | 'femn' | undefined {
  return parse.grammemes.has('femn') ? 'femn' : parse.grammemes.has('masc') ? 'masc' : undefined;
}

function nominativeGrammemes(parse: WordParse): string[] {
  const gender = genderGrammeme(parse);
  return ['nomn', 'sing', ...(gender ? [gender] : [])];
}

function matchCapitals(form: string, model: string): string {
  return model[0] === model[0]?.toUpperCase() ? form[0].toUpperCase() + form.slice(1) : form;
}
