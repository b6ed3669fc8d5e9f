import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';
import { tagMorph, type Doc } from '../../server/src/core/doc';
import { loadMorphology } from '../../server/src/core/morphology/azMorphology';
import type { Morphology } from '../../server/src/core/morphology/morphology';
import { findNames } from '../../server/src/core/names/findNames';
import { linkPeople } from '../../server/src/core/people/linkPeople';
import { attachRoles } from '../../server/src/core/roles/attachRoles';
import { splitSentences } from '../../server/src/core/sentences/splitSentences';
import { tokenize } from '../../server/src/core/tokens/tokenize';

let morphology: Morphology;
before(async () => { morphology = await loadMorphology(); });

/** Runs the stages up to roles and lists "Surname: written → normalized [@related surname]" and "Surname ~ role mention". */
function rolesOf(text: string): string[] {
  const tokens = tokenize(text);
  const sentences = splitSentences(tokens);
  const sentenceOfToken = new Int32Array(tokens.length);
  sentences.forEach((sentence, index) => sentenceOfToken.fill(index, sentence.tokenStart, sentence.tokenEnd));
  const doc: Doc = { text, tokens, sentences, sentenceOfToken, parses: tagMorph(tokens, morphology), morphology };
  const people = linkPeople(findNames(doc));
  attachRoles(doc, people);
  // People are labelled by the last word of their first name mention as written, so that the test does not depend on how the names stage normalises.
  const surname = (id: string | undefined) => people.find((person) => person.id === id)?.mentions.find((mention) => mention.kind === 'name')?.text.split(' ').pop();
  return people.flatMap((person) => [
    ...person.roles.map((role) => `${surname(person.id)}: ${role.text} → ${role.normalized}${role.relatedPersonId ? ` @${surname(role.relatedPersonId)}` : ''}`),
    ...person.mentions.filter((mention) => mention.kind === 'role').map((mention) => `${surname(person.id)} ~ ${mention.text}`),
  ]);
}

describe('attachRoles: apposition before the name', () => {
  const table: [string, string[]][] = [
    ['Помощник президента Юрий Ушаков прибыл в Москву.', ['Ушаков: Помощник президента → помощник президента']],
    ['Он встретился с российским президентом Владимиром Путиным.', ['Путиным: российским президентом → российский президент']],
    ['Делегация в составе спецпосланника Стива Уиткоффа прибыла.', ['Уиткоффа: спецпосланника → спецпосланник']],
    ['Приехал зятя главы государства Джареда Кушнера друг.', ['Кушнера: зятя главы государства → зять главы государства']],
    ['Об этом сообщил глава МИД России Сергей Лавров.', ['Лавров: глава МИД России → глава МИД России']],
    ['В переговорах участвовал спецпредставитель по международному сотрудничеству Кирилл Дмитриев.', ['Дмитриев: спецпредставитель по международному сотрудничеству → спецпредставитель по международному сотрудничеству']],
    ['На встречу пришёл экс-президента Бориса Ельцина внук.', ['Ельцина: экс-президента → экс-президент']],
    ['Об этом рассказал пресс-секретарь Кремля Дмитрий Песков.', ['Песков: пресс-секретарь Кремля → пресс-секретарь Кремля']],
    ['Указ подписал и.о. губернатора Андрей Воробьёв.', ['Воробьёв: и.о. губернатора → и.о. губернатора']],
  ];
  for (const [sentence, expected] of table) it(sentence, () => assert.deepEqual(rolesOf(sentence), expected));
});

describe('attachRoles: genitive names inside a role point at another person', () => {
  const table: [string, string[]][] = [
    ['Дом принадлежал пресс-секретарю экс-президента США Билла Клинтона Джо Локхарту.', [
      'Клинтона: экс-президента США → экс-президент США',
      'Локхарту: пресс-секретарю экс-президента США → пресс-секретарь экс-президента США @Клинтона',
    ]],
    ['Помощник президента Юрий Ушаков прибыл. Помощник Путина Владимира заверил всех.', [
      'Ушаков: Помощник президента → помощник президента',
    ]],
  ];
  for (const [sentence, expected] of table) it(sentence, () => assert.deepEqual(rolesOf(sentence).slice(0, expected.length), expected));
});

describe('attachRoles: apposition after the name and predicates', () => {
  const table: [string, string[]][] = [
    ['Юрий Ушаков, помощник президента, заявил об этом.', ['Ушаков: помощник президента → помощник президента']],
    ['Мария Захарова — официальный представитель МИД.', ['Захарова: официальный представитель МИД → официальный представитель МИД']],
    ['Иван Петров назначен послом в Германии.', ['Петров: послом в Германии → посол в Германии']],
    ['Иван Петров занимает пост министра финансов.', ['Петров: министра финансов → министр финансов']],
    ['В 2010 году Анна Смирнова стала главным редактором журнала.', ['Смирнова: главным редактором журнала → главный редактор журнала']],
    ['Президент назначил Ивана Петрова послом.', ['Петрова: послом → посол']],
  ];
  for (const [sentence, expected] of table) it(sentence, () => assert.deepEqual(rolesOf(sentence), expected));
});

describe('attachRoles: role phrases used instead of a name', () => {
  it('links a role phrase to the person who holds that role, as a role mention', () => {
    const text = 'Помощник президента Юрий Ушаков прибыл в Москву. Позднее помощник президента России рассказал о встрече.';
    assert.deepEqual(rolesOf(text), [
      'Ушаков: Помощник президента → помощник президента',
      'Ушаков: помощник президента России → помощник президента России',
      'Ушаков ~ помощник президента России',
    ]);
  });

  it('links "помощник Путина" through the office Путин holds, and points it at Путин', () => {
    const text = 'С российским президентом Владимиром Путиным встретился помощник президента Юрий Ушаков. Помощник Путина заверил, что диалог продолжится.';
    assert.deepEqual(rolesOf(text), [
      'Путиным: российским президентом → российский президент',
      'Ушаков: помощник президента → помощник президента',
      'Ушаков: Помощник Путина → помощник Путина @Путиным',
      'Ушаков ~ Помощник Путина',
    ]);
  });

  it('leaves a role nobody holds unlinked, and keeps a nested office out of the mentions', () => {
    assert.deepEqual(rolesOf('Как сообщил представитель Белого дома, зятя главы государства Джареда Кушнера ждут в Москве.'), [
      'Кушнера: зятя главы государства → зять главы государства',
    ]);
  });

  it('gives a plural title to every name of the list', () => {
    assert.deepEqual(rolesOf('На сцене выступили музыканты Юрий Царёв, Алексей Борисов и Павел Шевелёв.'), [
      'Царёв: музыканты → музыкант',
      'Борисов: музыканты → музыкант',
      'Шевелёв: музыканты → музыкант',
    ]);
  });
});
