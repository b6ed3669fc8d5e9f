/**
 * Finds role phrases (job titles, offices) standing next to a person's name and attaches them
 * to that person: "помощник президента Юрий Ушаков", "Юрий Ушаков, помощник президента, …".
 */
import type { Doc } from '../doc';
import { caseOf, type WordParse } from '../morphology/morphology';
import { tokenIndexAt } from '../tokens/tokenIndex';
import type { Person, Role } from '../types';

/** Heads of role phrases. The roles stage grows this into a learned vocabulary. */
const ROLE_HEADS = new Set([
  'президент', 'премьер', 'министр', 'глава', 'председатель', 'помощник', 'советник', 'спецпосланник', 'посол',
  'спецпредставитель', 'представитель', 'директор', 'губернатор', 'мэр', 'депутат', 'сенатор', 'лидер',
  'генсек', 'секретарь', 'пресс-секретарь', 'руководитель', 'заместитель', 'замминистра', 'вице-премьер',
  'канцлер', 'король', 'премьер-министр', 'судья', 'прокурор', 'спикер', 'адвокат', 'журналист', 'эксперт',
  'политолог', 'аналитик', 'экономист', 'генерал', 'командующий', 'зять', 'сын', 'дочь', 'жена', 'муж', 'супруга',
]);

/** Attaches roles that directly precede a person's name mention (apposition), in place. */
export function attachRoles(doc: Doc, people: Person[]): void {
  for (const person of people) {
    for (const mention of person.mentions) {
      if (mention.kind !== 'name') continue;
      const role = roleBefore(doc, tokenIndexAt(doc.tokens, mention.start));
      if (role) person.roles.push(role);
    }
    person.roles.sort((a, b) => a.start - b.start);
  }
}

function roleBefore(doc: Doc, nameIndex: number): Role | undefined {
  // Walk left over genitive/adjective complements to a head noun: "помощник президента России Юрий Ушаков".
  const { tokens } = doc;
  let index = nameIndex - 1;
  const limit = Math.max(0, nameIndex - 5);
  while (index >= limit && tokens[index].kind === 'word' && !tokens[index].lineBreakBefore) {
    const head = headParse(doc.parses[index]);
    if (head) {
      let start = index;
      const previous = index - 1;
      if (previous >= 0 && tokens[previous].kind === 'word' && doc.parses[previous].some((parse) => parse.pos === 'ADJF' && caseOf(parse) === caseOf(head))) start = previous;
      const end = tokens[nameIndex - 1].end;
      const words = tokens.slice(start, nameIndex).map((token, offset) => {
        const parses = doc.parses[start + offset];
        if (start + offset === index) return head.inflect(['nomn', 'sing']) ?? token.text.toLowerCase();
        if (start + offset < index) return parses.find((parse) => parse.pos === 'ADJF')?.inflect(['nomn', 'sing', head.grammemes.has('femn') ? 'femn' : 'masc']) ?? token.text.toLowerCase();
        return token.text;
      });
      return { start: tokens[start].start, end, text: doc.text.slice(tokens[start].start, end), normalized: words.join(' ') };
    }
    index--;
  }
  return undefined;
}

function headParse(parses: readonly WordParse[]): WordParse | undefined {
  return parses.find((parse) => parse.pos === 'NOUN' && ROLE_HEADS.has(parse.lemma));
}
