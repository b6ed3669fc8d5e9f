import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';
import { loadMorphology } from '../../server/src/core/morphology/azMorphology';
import type { Morphology } from '../../server/src/core/morphology/morphology';
import { describeQuotes, type TestPerson } from './quotesHarness';

// The speaker of a cue verb found across what stands between them in news prose: a bracketed
// spelling, an apposition set off by commas, a relative clause of place, a second predicate.
let morphology: Morphology;
before(async () => { morphology = await loadMorphology(); });

const PETROV: TestPerson = { name: 'Иван Петров', gender: 'male', forms: ['Иван Петров', 'Ивана Петрова', 'Петров', 'Петрова', 'И.Петров'] };
const SMIRNOVA: TestPerson = { name: 'Анна Смирнова', gender: 'female', forms: ['Анна Смирнова', 'Смирнова'] };
const RYABOV: TestPerson = { name: 'Олег Рябов', gender: 'male', forms: ['Олег Рябов'] };

type Row = [text: string, expected: string[], people?: TestPerson[]];

function table(rows: readonly Row[]): void {
  for (const [text, expected, people] of rows) {
    it(text, () => assert.deepEqual(describeQuotes(text, morphology, people ?? [PETROV, SMIRNOVA]).filter((quote) => quote.startsWith('direct|')), expected));
  }
}

describe('the subject before the cue, across what stands between', () => table([
  ['Директор завода Иван Петров (Ivan Petrov) сообщил, что цех закроют на «плановую модернизацию оборудования».',
    ['direct|плановую модернизацию оборудования|Иван Петров|сообщил']],
  ['Заместитель министра Иван Петров (Ivan Petrov) подчеркнул позицию ведомства: «Мы не меняем планы».', ['direct|Мы не меняем планы|Иван Петров|подчеркнул']],
  // A plural verb has no single named subject: the bracket does not lead back to the son; the
  // speaker is found through the first predicate instead.
  ['Супруги назвали сына Иван Петров (Ivan Petrov) и подчеркнули: «Мы не покажем его фотографии».', ['direct|Мы не покажем его фотографии|супруги|назвали']],
  ['Иван Петров, член совета директоров крупного холдинга при правительстве области, называет проект ошибкой: «Денег на него нет», сообщает «Коммерсантъ».',
    ['direct|Денег на него нет|Иван Петров|называет']],
  ['Анна Смирнова, в прошлом возглавлявшая министерство финансов, заявила: «Банки нужно реформировать».', ['direct|Банки нужно реформировать|Анна Смирнова|заявила']],
  ['Иван Петров заехал в Тулу, где в беседе с журналистами отметил, что заводу нужна «серьезная поддержка государства».',
    ['direct|серьезная поддержка государства|Иван Петров|отметил']],
  ['Участники митинга несли плакаты и скандировали: «Руки прочь от парка!»', ['direct|Руки прочь от парка!|участники митинга|скандировали']],
]));

describe('the subject after the cue', () => table([
  ['Вот как это решение прокомментировал писатель и журналист Иван Петров: «Это ошибка, которая дорого обойдется».',
    ['direct|Это ошибка, которая дорого обойдется|Иван Петров|прокомментировал']],
  ['«Мы будем добиваться отставки», — заявил президент фонда (Human Rights Fund) Иван Петров.', ['direct|Мы будем добиваться отставки|Иван Петров|заявил']],
  ['Прокурор подал в отставку. «Вся прокуратура куплена», - заявил тогда И.Петров.', ['direct|Вся прокуратура куплена|Иван Петров|заявил']],
  ['«Работы завершатся к осени», — цитирует «Вечерний город» пресс-службу мэрии.', ['direct|Работы завершатся к осени|пресс-служба мэрии|цитирует']],
]));

describe('an office held by one person stands for the subject named before', () => table([
  ['Министр финансов Иван Петров заявил, что уйдет, если премьером станет Олег Рябов. «Я не вижу себя в новом правительстве», — сказал глава Минфина.',
    ['direct|Я не вижу себя в новом правительстве|Иван Петров|сказал'], [PETROV, RYABOV]],
]));

describe('who speaks in a label before a colon, in words and by relation', () => table([
  ['Слова Петрова из интервью: «Я не собираюсь уходить из политики».', ['direct|Я не собираюсь уходить из политики|Иван Петров|-']],
  ['Заявление Смирновой: «Я не подпишу этот договор».', ['direct|Я не подпишу этот договор|Анна Смирнова|-'], [{ ...SMIRNOVA, forms: ['Смирновой'] }]],
  // A phrase after a preposition, or one with a clause in it, labels nobody.
  ['Среди требований, выдвинутых организаторами пикета: «отставка главы района, проверка бюджета».', ['direct|отставка главы района, проверка бюджета|-|-']],
  ['Лидер партии Иван Петров погиб в аварии. По словам представителя, речь идёт о «спланированном убийстве».',
    ['direct|спланированном убийстве|представитель|По словам']],
  ['Иван Петров выступил в суде. «Мы подадим апелляцию», — сказал собеседник агентства.', ['direct|Мы подадим апелляцию|собеседник агентства|сказал']],
]));
