import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { loadMorphology } from '../../server/src/core/morphology/azMorphology';
import type { Morphology } from '../../server/src/core/morphology/morphology';
import { describeQuotes } from './quotesHarness';
import { namesFound } from './namesHelper';

let morphology: Morphology;
before(async () => {
  morphology = await loadMorphology();
});

function namesIn(text: string): string[] {
  return namesFound(text, morphology);
}

describe('a surname alone that acts as a person', () => {
  const found: [string, string[]][] = [
    // Unknown to the dictionary, the subject of a past-tense verb a person does.
    ['Байден вчера позвонил премьеру Италии.', ['Байден → Байден']],
    ['Нетаньяху ответил журналистам коротко.', ['Нетаньяху → Нетаньяху']],
    // An age before it is said of a person, and is no part of the name.
    ['Семидесятилетний Маккензи надеется на переизбрание.', ['Маккензи → Маккензи']],
    ['В суде выступила 58-летняя Руссо.', ['Руссо → Руссо']],
    // Met or spoken to: "с X-ом" beside a verb of contact, a dative after a verb that takes a person.
    ['Вечером Байден встретился с Шольцем в Берлине.', ['Байден → Байден', 'Шольцем → Шольц']],
    // A common noun opening its sentence with no sign of a name stays the noun.
    ['Вечером Макрон встретился с послом.', []],
    ['Глава МИД позвонил Шольцу утром.', ['Шольцу → Шольц']],
    // Known only as a common noun: capitalised inside a sentence elsewhere, or in no nominative at all.
    ['Трамп пообещал ответить, а с Трампом согласился сенатор.', ['Трамп → Трамп', 'Трампом → Трамп']],
    ['Милей выиграл второй тур.', ['Милей → Милей']],
    ['Жалобу рассмотрит Суд. Суд ответил заявителю.', ['Суд → Суд', 'Суд → Суд']],
    ['Жалобу рассмотрит Отчёт. Отчёт ответил заявителю.', ['Отчёт → Отчёт', 'Отчёт → Отчёт']],
    ['Трамп пообещал ответить в İzmir, а с Трампом согласился сенатор.', ['Трамп → Трамп', 'Трампом → Трамп']],
    // Whose words: "по словам X", "по мнению X" (not "по данным X", which bodies and outlets have).
    ['По словам Байдена, сделка выгодна обеим сторонам.', ['Байдена → Байден']],
    ['По данным Росстата, цены выросли.', []],
    // After a person's title, in its case (not the genitive, which may be what the title heads).
    ['Встреча с президентом Макроном прошла в Париже.', ['Макроном → Макрон']],
    ['Письмо передали начальнику Генштаба.', []],
  ];
  for (const [text, expected] of found) it(text, () => assert.deepEqual(namesIn(text), expected));

  const none = [
    'Сбербанк сообщил о росте прибыли.',
    'Роскомнадзор заявил о блокировке сайта.',
    'Суд заявил, что дело закрыто.',
    // Capitalised inside the text too, but also written in lower case: the institution, not a name.
    'Жалобу рассмотрит Суд. Суд ответил заявителю, что в суде нет очереди.',
    'Как сообщил источник, сделка сорвалась.',
    'Затем выступил мэр с отчётом.',
    'Верховная Рада приняла закон в первом чтении.',
    'Мэр подписал Указ «О благоустройстве».',
    'Директор похоронного бюро города Вустера заявил, что ищет родных.',
    // A letter whose lower case is two (İ) before the word shifts nothing: "суде" is still seen in lower case.
    'Жалобу из İzmir рассмотрит Суд. Суд ответил заявителю, что в суде нет очереди.',
    // The lower-case word is the same stem whatever its ё or inner capitals (Отчёт … в отчете, в отчёте; сУДЕ).
    'Жалобу рассмотрит Отчёт. Отчёт ответил заявителю, что в отчете нет очереди.',
    'Жалобу рассмотрит Отчет. Отчет ответил заявителю, что в отчёте нет очереди.',
    'Жалобу рассмотрит Суд. Суд ответил заявителю, что в сУДЕ нет очереди.',
  ];
  for (const text of none) it(`none in: ${text}`, () => assert.deepEqual(namesIn(text), []));

  it('a book-length text (read through one index of its stems) decides as a short one', () => {
    const filler = 'Погода в регионе остаётся тёплой, дожди ожидаются только к выходным.\n'.repeat(900);
    assert.ok(filler.length > 50_000);
    const found = namesIn(`${filler}Байден вчера позвонил премьеру Италии.\n`);
    assert.deepEqual(found, ['Байден → Байден']);
    assert.deepEqual(namesIn(`${filler}Жалобу рассмотрит Суд. Суд ответил заявителю, что в суде нет очереди.\n`), []);
  });

  it('a dative before a verb it does not agree with keeps his gender and nominative', () => {
    const people = analyze('Трамп выступил в Огайо.\n\nТрампу понравилась идея.', morphology).people;
    assert.deepEqual(people.map((person) => `${person.name} ${person.gender} ${person.mentions.length}`), ['Трамп male 2']);
  });
});

describe('the speaker of a capitalised word that is no person', () => {
  const rows: [string, string[]][] = [
    // An outlet after "по данным" speaks itself; the person of the paragraph before does not.
    ['Вчера выступил Иван Петров.\n\nПо данным Рейтер, переговоры продолжатся в среду.', ['indirect|переговоры продолжатся в среду|Рейтер|По данным']],
    // A noun standing alone for the speaker keeps the capital the text gives it, when the text never writes it small.
    ['Макрон заявил, что визит перенесут на осень.', ['indirect|визит перенесут на осень|Макрон|заявил']],
    ['Суд заявил, что жалобу рассмотрят летом, и в суде это подтвердили.', ['indirect|жалобу рассмотрят летом, и в суде это подтвердили|суд|заявил']],
  ];
  for (const [text, expected] of rows) {
    it(text.replace(/\n/g, ' / '), () => assert.deepEqual(describeQuotes(text, morphology, []), expected));
  }
});
