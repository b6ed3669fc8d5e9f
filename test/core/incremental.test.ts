import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import { analyze, analyzeDoc, prepareDoc } from '../../server/src/core/analyze';
import type { Doc, LineMemo } from '../../server/src/core/doc';
import { IncrementalAnalyzer } from '../../server/src/core/incremental/incrementalAnalyzer';
import { loadMorphology } from '../../server/src/core/morphology/azMorphology';
import type { Morphology } from '../../server/src/core/morphology/morphology';

// Articles written for this test: names, roles, quotations across paragraphs, blank lines, CRLF.
const ARTICLES = [
  [
    'Губернатор Тверской области Алексей Смирнов посетил в понедельник новый завод в Ржеве.',
    '',
    '«Мы рассчитываем, что к весне предприятие выйдет на полную мощность», — сказал Смирнов журналистам.',
    '',
    'Директор завода Марина Кольцова уточнила, что на линии уже работают двести человек. По словам Кольцовой, оборудование закупили в прошлом году.',
    '',
    '«Спрос растёт быстрее, чем мы ожидали. Нам нужны ещё инженеры»,',
    '— добавила она.',
    '',
    'Губернатор пообещал помочь с жильём для сотрудников.',
  ].join('\n'),
  [
    'Министр транспорта Пётр Иванович Громов заявил в среду, что мост через реку откроют в декабре.\r',
    '\r',
    'Как сообщила пресс-служба ведомства, подрядчик завершил укладку асфальта. "Осталось установить освещение", — отметил Громов.\r',
    '\r',
    '\r',
    'Ранее глава города Сергей Лаптев говорил: «Без моста район отрезан от центра». Лаптев также попросил ускорить работы.\r',
    'Эксперт Ольга Миронова считает, что сроки реальны.',
  ].join('\n'),
];

const SNIPPETS = ['«', '»', '"', ' — ', ', — заявил он', 'Анна Петрова', 'Петровой', ' сказала: ', '\n', '\r\n', '\n\n', '😀', 'е\u0301', ' ', '.', 'По словам министра, ', 'x', 'В. В. Громов', '\u2028', '\r'];

interface Edit { where: number; length: number; insert: string }

const edits = fc.array(fc.record({ where: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 0, max: 30 }), insert: fc.oneof(fc.constantFrom(...SNIPPETS), fc.constant('')) }), { minLength: 1, maxLength: 12 });

function applyEdit(text: string, { where, length, insert }: Edit): string {
  const start = Math.floor(where * text.length);
  return text.slice(0, start) + insert + text.slice(Math.min(text.length, start + length));
}

/** The document state the stages see, compared field by field (readings by their lemmas and tags). */
function assertSameDoc(actual: Doc, expected: Doc): void {
  assert.deepEqual(actual.tokens, expected.tokens);
  assert.deepEqual(actual.sentences, expected.sentences);
  assert.deepEqual([...actual.sentenceOfToken], [...expected.sentenceOfToken]);
  const readings = (doc: Doc) => doc.parses.map((parses) => parses.map((parse) => `${parse.lemma} ${[...parse.grammemes].join(',')}`));
  assert.deepEqual(readings(actual), readings(expected));
}

describe('incremental analysis', () => {
  let morphology: Morphology;
  before(async () => { morphology = await loadMorphology(); });

  it('equals a fresh analysis after every edit of a sequence over an article', () => {
    fc.assert(fc.property(fc.constantFrom(...ARTICLES), edits, (article, sequence) => {
      const analyzer = new IncrementalAnalyzer(morphology);
      let text = article;
      let last = analyzer.analyze(text);
      assert.deepEqual(last, analyze(text, morphology));
      for (const edit of sequence) {
        text = applyEdit(text, edit);
        // Lines are moved in place: an analysis handed out before must not move with them.
        const handedOut = last;
        const asHandedOut = structuredClone(last);
        assertSameDoc(analyzer.prepare(text), prepareDoc(text, morphology));
        last = analyzer.analyze(text);
        assert.deepEqual(last, analyze(text, morphology));
        assert.deepEqual(handedOut, asHandedOut);
      }
    }), { numRuns: 60 });
  });

  it('equals a fresh analysis on a sequence of unrelated random strings', () => {
    const line = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom(...SNIPPETS, ...ARTICLES[0].split('\n')));
    const text = fc.array(line, { maxLength: 12 }).map((lines) => lines.join(''));
    fc.assert(fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), (texts) => {
      const analyzer = new IncrementalAnalyzer(morphology);
      for (const each of texts) {
        assertSameDoc(analyzer.prepare(each), prepareDoc(each, morphology));
        assert.deepEqual(analyzer.analyze(each), analyze(each, morphology));
      }
    }), { numRuns: 150 });
  });

  /** Analyses the versions in turn, each equal to a fresh analysis; what `pick` reads of the lines' memos after each (it must be there). */
  function keptOverVersions<T>(versions: readonly string[], pick: (memo: (LineMemo | undefined)[] | undefined) => T | undefined): T[] {
    const analyzer = new IncrementalAnalyzer(morphology);
    return versions.map((text) => {
      const doc = analyzer.prepare(text);
      assert.deepEqual(analyzeDoc(doc), analyze(text, morphology));
      const kept = pick(doc.lines?.map((line) => line.memo));
      assert.ok(kept !== undefined);
      return kept;
    });
  }

  it('follows how the document writes a stem as lines with it come and go', () => {
    // "Молот" acts as a surname only while no line writes the noun in lower case.
    const named = 'В среду Молот заявил журналистам, что уходит.';
    const versions = [named, `${named}\nНа верстаке лежал молот.`, named, `Молот.\n${named}\nНа верстаке лежал молот.\nМолот`, `${named}\n\nМолот`];
    const people = versions.map((text) => analyze(text, morphology).people.length);
    assert.deepEqual(people, [1, 0, 1, 0, 1]);
    const analyzer = new IncrementalAnalyzer(morphology);
    for (const text of versions) assert.deepEqual(analyzer.analyze(text), analyze(text, morphology));
    // A document past the length where a fresh analysis indexes every stem at once.
    const long = `${'Погода была тёплой, и в парке гуляли люди.\n'.repeat(1300)}${named}`;
    assert.ok(long.length > 50_000);
    for (const text of [long, `${long}\nНа верстаке лежал молот.`, long]) assert.deepEqual(analyzer.analyze(text), analyze(text, morphology));
  });

  it('keeps the names a line makes while the line and how the other lines write its stems stay, and finds them again when that changes', () => {
    const named = 'В среду Молот заявил журналистам, что уходит.\n';
    const versions = [`${named}На верстаке лежал молот.`, `${named}На верстаке лежал топор.`, `${named}На верстаке лежал топор!`, `${named}На верстаке лежал молот.`];
    assert.deepEqual(versions.map((text) => analyze(text, morphology).people.length), [0, 1, 1, 0]);
    const kept = keptOverVersions(versions, (memo) => memo?.[0]?.names);
    // The first line's names are found again when the lower-case "молот" goes or comes, kept otherwise.
    assert.notEqual(kept[1], kept[0]);
    assert.equal(kept[2], kept[1]);
    assert.notEqual(kept[3], kept[2]);
  });

  it('keeps the role phrases of a line while the names standing in it stay, and finds them again when another line changes those', () => {
    // "Молот" in the second line is a name only as a repeat of the full name in the first.
    const second = 'Посланник Молот прилетел в Москву.';
    const versions = [`Советник Иван Молот провёл переговоры.\n${second}`, `Советник Иван Браун провёл переговоры.\n${second}`, `Советник Иван Браун провёл встречу.\n${second}`];
    assert.deepEqual(versions.map((text) => analyze(text, morphology).people.length), [1, 1, 1]);
    const kept = keptOverVersions(versions, (memo) => memo?.[1]?.phrases);
    assert.notEqual(kept[1], kept[0]);
    assert.equal(kept[2], kept[1]);
  });

  it('keeps a line that stands twice apart, and moves lines a paragraph inserted above pushes down', () => {
    const analyzer = new IncrementalAnalyzer(morphology);
    const repeated = 'Мэр Иван Орлов открыл парк.\nМэр Иван Орлов открыл парк.\n';
    assert.deepEqual(analyzer.analyze(repeated), analyze(repeated, morphology));
    const pushed = `Вчера шёл дождь.\n\n${repeated}`;
    const doc = analyzer.prepare(pushed);
    assert.deepEqual(doc.tokens.map((token) => token.start), prepareDoc(pushed, morphology).tokens.map((token) => token.start));
    assert.deepEqual(analyzer.analyze(pushed), analyze(pushed, morphology));
    assert.deepEqual(analyzer.analyze(''), analyze('', morphology));
  });

  it('equals a fresh analysis when a long text is pasted into a document and taken out again', () => {
    // Thousands of tokens at once: more than the in-place growth of the arrays handles item by item.
    const analyzer = new IncrementalAnalyzer(morphology);
    const long = Array.from({ length: 40 }, () => `${ARTICLES[0]}\n${ARTICLES[1]}\n`).join('');
    const middle = ARTICLES[0].indexOf('Директор');
    // Then thousands of lines changed at once, the tokens a few more: a long stretch replaced in place.
    const versions = [ARTICLES[0], `${ARTICLES[0].slice(0, middle)}${long}${ARTICLES[0].slice(middle)}`, ARTICLES[0], long, long.replace(/Губернатор /g, 'Губернатор края '), long];
    for (const text of versions) {
      assertSameDoc(analyzer.prepare(text), prepareDoc(text, morphology));
      assert.deepEqual(analyzer.analyze(text), analyze(text, morphology));
    }
  });

  it('re-reads only the lines between the first and the last changed character, at either end and across line breaks', () => {
    const analyzer = new IncrementalAnalyzer(morphology);
    const article = ARTICLES[0];
    const first = analyzer.prepare(article);
    // A change in the middle line: the lines before and after keep their tokens, moved.
    const middle = article.indexOf('Директор');
    const changed = `${article.slice(0, middle)}Вчера ${article.slice(middle)}`;
    const second = analyzer.prepare(changed);
    assert.equal(second.tokens[0], first.tokens[0]);
    assert.equal(second.tokens[second.tokens.length - 1], first.tokens[first.tokens.length - 1]);
    assert.equal(second.tokens[second.tokens.length - 1].end, changed.length);
    assertSameDoc(second, prepareDoc(changed, morphology));
    // At the very start, at the very end of a text without a final line break, splitting and
    // joining lines, a line break added next to another, everything taken away and put back.
    const versions = [
      `Сегодня ${changed}`,
      `${changed}!`,
      changed.replace('Мы рассчитываем', 'Мы\nрассчитываем'),
      changed.replace('\n— добавила', ' — добавила'),
      changed.replace('\n\n', '\n\n\n'),
      `${changed}\n`,
      '',
      article,
    ];
    for (const text of versions) {
      assertSameDoc(analyzer.prepare(text), prepareDoc(text, morphology));
      assert.deepEqual(analyzer.analyze(text), analyze(text, morphology));
    }
  });
});
