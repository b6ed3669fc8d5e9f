import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { tokenize } from '../../server/src/core/tokens/tokenize';
import { splitSentences } from '../../server/src/core/sentences/splitSentences';

describe('tokenize', () => {
  it('spells a Cyrillic word with Latin lookalikes in it all in Cyrillic, at the same offsets', () => {
    const tokens = tokenize('Cолист группы Mark и Франcиско.');
    assert.deepEqual(tokens.map((token) => token.text), ['Солист', 'группы', 'Mark', 'и', 'Франсиско', '.']);
    assert.deepEqual(tokens.map((token) => token.script).slice(0, 3), ['cyrillic', 'cyrillic', 'latin']);
    assert.equal(tokens[4].start, 'Cолист группы Mark и '.length);
  });
  it('keeps hyphenated words, initials and dotted numbers whole', () => {
    const tokens = tokenize('Экс-президент В.В. Путин встретился с Ахмедом аш-Шараа 02.12.2025.');
    assert.deepEqual(tokens.map((token) => token.text), ['Экс-президент', 'В', '.', 'В', '.', 'Путин', 'встретился', 'с', 'Ахмедом', 'аш-Шараа', '02.12.2025', '.']);
    assert.equal(tokens[0].capitalized, true);
    assert.equal(tokens[6].capitalized, false);
    assert.equal(tokens[10].kind, 'number');
  });

  it('never splits a surrogate pair and reports line and paragraph breaks', () => {
    const text = 'Привет 😀 мир\r\n\r\nНовый абзац';
    const tokens = tokenize(text);
    const emoji = tokens.find((token) => token.text === '😀');
    assert.ok(emoji);
    assert.equal(emoji.end - emoji.start, 2);
    const paragraph = tokens.find((token) => token.text === 'Новый');
    assert.equal(paragraph?.paragraphBefore, true);
    assert.equal(tokens.find((token) => token.text === 'мир')?.lineBreakBefore, false);
  });

  it('reads letters beyond plain Cyrillic and Latin, combining marks and other digits the same way', () => {
    // Each word mixes plain letters (scanned by code) with one the patterns decide.
    const text = 'Кафе\u00a0café-бар, сто\u0301ит x² и ٣٤ — д\u2019Артаньян';
    assert.deepEqual(tokenize(text).map((token) => [token.text, token.kind]), [
      ['Кафе', 'word'], ['café-бар', 'word'], [',', 'punct'], ['сто\u0301ит', 'word'], ['x', 'word'], ['²', 'number'],
      ['и', 'word'], ['٣٤', 'number'], ['—', 'punct'], ['д\u2019Артаньян', 'word'],
    ]);
    assert.equal(tokenize(text)[1].spaceBefore, true);
  });

  it('a joiner or separator not followed by a letter or digit ends the token', () => {
    assert.deepEqual(tokenize("рок-н-ролл- 12:30- 5/ д'").map((token) => token.text), ['рок-н-ролл', '-', '12:30', '-', '5', '/', 'д', "'"]);
  });

  it('offsets cover exactly the token text', () => {
    const text = 'Он сказал: «Да».\nЗатем — ушёл';
    for (const token of tokenize(text)) assert.equal(text.slice(token.start, token.end), token.text);
  });
});

describe('splitSentences', () => {
  const sentencesOf = (text: string) => splitSentences(tokenize(text)).map((sentence) => text.slice(sentence.start, sentence.end));

  it('splits at terminal punctuation before a capital, not after initials or abbreviations', () => {
    assert.deepEqual(sentencesOf('В. В. Путин прибыл в г. Москву. Встреча началась.'), ['В. В. Путин прибыл в г. Москву.', 'Встреча началась.']);
  });

  it('splits at line breaks and keeps a closing quote with its sentence', () => {
    assert.deepEqual(sentencesOf('Он сказал: «Всё хорошо». Потом ушёл\nНовая строка'), ['Он сказал: «Всё хорошо».', 'Потом ушёл', 'Новая строка']);
  });

  it('a straight quote after a space opens the next sentence, one right after the stop closes this one', () => {
    assert.deepEqual(sentencesOf('Петров уехал. "Всё решено", - сказал он.'), ['Петров уехал.', '"Всё решено", - сказал он.']);
    assert.deepEqual(sentencesOf('Он сказал: "Всё хорошо." Потом ушёл.'), ['Он сказал: "Всё хорошо."', 'Потом ушёл.']);
  });
});
